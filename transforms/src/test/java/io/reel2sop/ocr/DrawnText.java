package io.reel2sop.ocr;

import io.reel2sop.model.Region;

/** Text drawn on a test screen: what it says and the box of its ink in screen pixels. */
record DrawnText(String text, Region ink, boolean lightOnDark) {

  /** Whether {@code found} covers the ink, give or take {@code tolerance} pixels on each side. */
  boolean coveredBy(Region found, int tolerance) {
    return found.x() <= ink.x() + tolerance
        && found.y() <= ink.y() + tolerance
        && found.x() + found.width() >= ink.x() + ink.width() - tolerance
        && found.y() + found.height() >= ink.y() + ink.height() - tolerance
        && found.width() <= ink.width() + 2 * tolerance + 4
        && found.height() <= ink.height() + 2 * tolerance + 4;
  }
}

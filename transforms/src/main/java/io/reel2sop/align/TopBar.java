package io.reel2sop.align;

import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.screen.ScreenReading;

/**
 * Whether an element is one of the links of a bar along the top edge of the screen (an app's
 * navigation bar): it sits in the top band of the frame, in a row with other short labels. Saying
 * so tells a reader where to look ("In the top navigation bar, click Tickets.").
 */
final class TopBar {
  /** The bar lies within this share of the frame's height from its top edge. */
  static final double TOP_BAND = 0.08;
  /** A bar has at least this many other links in the element's row. */
  static final int OTHER_LINKS = 2;
  /** A link's label has at most this many words. */
  static final int LINK_WORDS = 3;

  private TopBar() {}

  static boolean holds(Region box, ScreenReading screen) {
    if (box == null || screen == null || center(box) > TOP_BAND * screen.height()) {
      return false;
    }
    long others = screen.labels().stream()
        .filter(l -> l.words().size() <= LINK_WORDS && !l.box().equals(box))
        .filter(l -> Math.abs(center(l.box()) - center(box)) <= Math.max(box.height(), l.box().height()) / 2.0)
        .map(OcrLabel::box)
        .filter(b -> b.x() + b.width() < box.x() || b.x() > box.x() + box.width())
        .count();
    return others >= OTHER_LINKS;
  }

  private static double center(Region box) {
    return box.y() + box.height() / 2.0;
  }
}

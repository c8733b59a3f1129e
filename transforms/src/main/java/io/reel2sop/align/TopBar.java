package io.reel2sop.align;

import io.reel2sop.model.Region;
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

  private TopBar() {}

  static boolean holds(Region box, ScreenReading screen) {
    return box != null && screen != null && LabelRow.middle(box) <= TOP_BAND * screen.height()
        && LabelRow.others(box, screen.labels()) >= OTHER_LINKS;
  }
}

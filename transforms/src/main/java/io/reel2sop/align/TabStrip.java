package io.reel2sop.align;

import io.reel2sop.model.Region;
import io.reel2sop.screen.ScreenReading;

/**
 * Whether an element is a tab: one of a row of short labels below the top bar whose click
 * replaced what lies under the row while what lies above it stayed (the page's header and title).
 * Writers name it as one ("Open the Access tab."), which tells the reader what to look for.
 */
final class TabStrip {
  /** A strip has at least this many other tabs in the element's row. */
  static final int OTHER_TABS = 2;
  /** The change may start this many label heights above the row (the tab itself lights up)... */
  static final double ABOVE_ROW = 6;
  /** ... and must reach at least this many label heights below it (the panel the tab shows). */
  static final double BELOW_ROW = 6;

  private TabStrip() {}

  /** The tab's name without the count a tab often shows beside it ("Offboarding 3": 3 items in it). */
  static String name(String label) {
    String withoutCount = label.replaceAll("\\s+\\(?\\d{1,4}\\)?$", "");
    return withoutCount.isBlank() ? label : withoutCount;
  }

  /** {@code changed}: what the click replaced (the new screen's changed box). */
  static boolean holds(Region box, ScreenReading screen, Region changed) {
    if (box == null || screen == null || changed == null || TopBar.holds(box, screen)) {
      return false;
    }
    double top = TopBar.TOP_BAND * screen.height();
    boolean headerStayed = changed.y() > top && changed.y() >= box.y() - ABOVE_ROW * box.height();
    boolean panelBelow = changed.y() + changed.height() >= box.y() + box.height() * (1 + BELOW_ROW)
        && changed.y() <= box.y() + box.height() * 2;
    return headerStayed && panelBelow && LabelRow.others(box, screen.labels()) >= OTHER_TABS;
  }
}

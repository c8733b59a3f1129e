package io.reel2sop.align;

import static io.reel2sop.screen.ScreenText.label;
import static io.reel2sop.screen.ScreenText.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.screen.ScreenReading;
import org.junit.jupiter.api.Test;

/** Tabs of a profile page on a 1920x1080 screen ({@link io.reel2sop.screen.ScreenText}). */
class TabStripTest {
  private final OcrLabel title = label("Lina Márquez", 130, 170, 200, 30);
  private final OcrLabel overview = label("Overview", 100, 300, 90, 18);
  private final OcrLabel equipment = label("Equipment", 230, 300, 105, 18);
  private final OcrLabel access = label("Access", 380, 300, 70, 18);
  private final ScreenReading profile = reading(0, 10, label("Home", 200, 14, 50, 20), label("People", 270, 14, 60, 20),
      label("Assets", 350, 14, 55, 20), title, overview, equipment, access, label("Laptop (14-inch)", 130, 400, 160, 20));
  /** The tab lit up and the panel under the strip replaced; the page's title stayed. */
  private final Region panel = new Region(80, 260, 1500, 700);

  @Test
  void aLabelInARowOfShortOnesWhoseClickReplacedWhatLiesUnderTheRowIsATab() {
    assertTrue(TabStrip.holds(access.box(), profile, panel));
  }

  @Test
  void aNewPageOrAChangeAboveTheRowOrOnlyBesideItIsNoTab() {
    assertFalse(TabStrip.holds(access.box(), profile, new Region(0, 0, 1920, 1080)), "a new page");
    assertFalse(TabStrip.holds(access.box(), profile, new Region(80, 150, 1500, 800)), "the title changed too");
    assertFalse(TabStrip.holds(access.box(), profile, new Region(80, 260, 600, 80)), "nothing below the row");
    assertFalse(TabStrip.holds(access.box(), profile, null), "no new screen");
  }

  @Test
  void aLabelAloneOnItsLineOrALinkOfTheTopBarIsNoTab() {
    ScreenReading alone = reading(0, 10, title, access, label("Laptop (14-inch)", 130, 400, 160, 20));
    assertFalse(TabStrip.holds(access.box(), alone, panel));
    OcrLabel people = profile.labels().get(1);
    assertFalse(TabStrip.holds(people.box(), profile, new Region(0, 60, 1920, 1020)), "that is the top bar");
  }

  @Test
  void aTabIsNamedWithoutTheCountItShows() {
    assertEquals("Offboarding", TabStrip.name("Offboarding 3"));
    assertEquals("Inbox", TabStrip.name("Inbox (12)"));
    assertEquals("Q3 results", TabStrip.name("Q3 results"));
    assertEquals("2024", TabStrip.name("2024"));
  }
}

package io.reel2sop.align;

import static io.reel2sop.screen.ScreenText.label;
import static io.reel2sop.screen.ScreenText.reading;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.screen.ScreenReading;
import org.junit.jupiter.api.Test;

/** Links of a bar along the top edge of a 1920x1080 screen ({@link io.reel2sop.screen.ScreenText}). */
class TopBarTest {
  private final OcrLabel home = label("Home", 200, 14, 50, 20);
  private final OcrLabel tickets = label("Tickets", 270, 14, 60, 20);
  private final OcrLabel assets = label("Assets", 350, 15, 55, 18);
  private final OcrLabel people = label("People", 420, 13, 55, 20);

  @Test
  void aLinkInARowOfShortLabelsAlongTheTopIsInTheBar() {
    ScreenReading screen = reading(0, 10, home, tickets, assets, people, label("Open tickets", 60, 120, 120, 24));
    assertTrue(TopBar.holds(tickets.box(), screen));
  }

  @Test
  void aLabelAloneAtTheTopIsNoBar() {
    ScreenReading screen = reading(0, 10, tickets, label("Open tickets", 60, 120, 120, 24));
    assertFalse(TopBar.holds(tickets.box(), screen), "a title at the top is not a navigation bar");
  }

  @Test
  void aRowOfLabelsLowerDownIsNoTopBar() {
    OcrLabel first = label("Equipment", 160, 200, 80, 20);
    ScreenReading screen = reading(0, 10, first, label("Access", 270, 200, 50, 20), label("Notes", 340, 200, 50, 20));
    assertFalse(TopBar.holds(first.box(), screen), "tabs in the page are not the top bar");
  }

  @Test
  void sentencesBesideItAreNoLinks() {
    ScreenReading screen = reading(0, 10, tickets, label("Signed in as Jamie Rivera today", 500, 14, 300, 20),
        label("Last synced five minutes ago here", 900, 14, 300, 20));
    assertFalse(TopBar.holds(tickets.box(), screen));
  }
}

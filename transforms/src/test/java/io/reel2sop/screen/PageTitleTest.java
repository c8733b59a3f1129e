package io.reel2sop.screen;

import static io.reel2sop.screen.ScreenText.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reel2sop.ocr.OcrLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTitleTest {

  /** A page of 18-pixel text under an app's top bar, with {@code extra} labels added. */
  private static ScreenReading page(OcrLabel... extra) {
    List<OcrLabel> labels = new ArrayList<>(List.of(
        label("Harbor Desk", 20, 20, 200, 30),
        label("Tickets", 20, 120, 90, 18),
        label("Customers", 20, 160, 120, 18),
        label("Reports", 20, 200, 100, 18),
        label("Subject", 400, 260, 100, 18),
        label("Requester", 700, 260, 130, 18),
        label("Printer on floor 3 is jammed", 400, 300, 380, 18)));
    labels.addAll(List.of(extra));
    return ScreenText.reading(0, 5, labels.toArray(OcrLabel[]::new));
  }

  @Test
  void textClearlyLargerThanTheRestIsTheTitle() {
    assertEquals("All open tickets", PageTitle.of(page(label("All open tickets", 400, 140, 360, 36))));
  }

  @Test
  void noTextStandingOutByMoreThanAThirdIsNoTitle() {
    assertNull(PageTitle.of(page(label("All open tickets", 400, 140, 360, 22))));
  }

  @Test
  void appNameInTheTopBarIsNoTitle() {
    assertNull(PageTitle.of(page()), "the 30-pixel app name sits in the top bar");
  }

  @Test
  void largeTextAtTheFarRightIsNoTitle() {
    assertNull(PageTitle.of(page(label("Help", 1500, 140, 80, 36))));
  }

  @Test
  void largestWinsAndTheTopmostOfEquallyLargeOnes() {
    assertEquals("New ticket", PageTitle.of(page(label("Details", 400, 400, 120, 30),
        label("New ticket", 400, 140, 200, 40))));
    assertEquals("New ticket", PageTitle.of(page(label("Details", 400, 400, 120, 40),
        label("New ticket", 400, 140, 200, 40))));
  }

  @Test
  void punctuationAroundTheTitleGoesButAClosingQuestionMarkStays() {
    assertEquals("New ticket", PageTitle.of(page(label("» New ticket:", 400, 140, 200, 40))));
    assertEquals("Delete this ticket?", PageTitle.of(page(label("Delete this ticket?", 400, 140, 300, 40))));
  }

  @Test
  void tooLittleTextToTellIsNoTitle() {
    ScreenReading sparse = ScreenText.reading(0, 5, label("Loading", 800, 500, 200, 40), label("OK", 900, 600, 40, 18),
        label("Back", 20, 200, 60, 18));
    assertNull(PageTitle.of(sparse));
  }
}

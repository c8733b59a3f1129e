package io.reel2sop.screen;

import static io.reel2sop.screen.ScreenText.column;
import static io.reel2sop.screen.ScreenText.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Region;
import io.reel2sop.model.SceneCut;
import io.reel2sop.model.ScreenChange;
import io.reel2sop.model.ScreenChange.Kind;
import io.reel2sop.ocr.OcrLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which changes of a 1920x1080 screen are new screens, judged by the text read before and after them. */
class NewScreensTest {
  /** Where a wizard's pages, a table or a dialog are: 40% of the screen. */
  private static final Region CONTENT = new Region(400, 200, 1200, 700);
  private static final double CONTENT_AREA = 0.4;
  /** A date picker's box below its field, 12% of the screen. */
  private static final Region PICKER = new Region(1100, 290, 500, 570);
  /** The picker's box and the date field above it. */
  private static final Region PICKER_AND_FIELD = new Region(1100, 240, 500, 620);

  private static final List<OcrLabel> SIDEBAR = column(20, 200, "Tickets", "Customers", "Reports");
  private static final List<OcrLabel> ACCOUNT = column(450, 250, "Account details", "First name", "Last name",
      "Email address", "Continue");
  private static final List<OcrLabel> SHIPPING = column(450, 250, "Shipping address", "Street", "City",
      "Postal code", "Country", "Continue");

  private static ScreenChange change(double start, double settled, double area, Region changed) {
    return change(Kind.REPLACED, start, settled, area, changed);
  }

  private static ScreenChange change(Kind kind, double start, double settled, double area, Region changed) {
    return new ScreenChange(start - 1 / 30.0, start, start + 0.05, settled, kind, area, changed);
  }

  @SafeVarargs
  private static ScreenReading screen(double from, double to, List<OcrLabel>... parts) {
    List<OcrLabel> labels = new ArrayList<>();
    for (List<OcrLabel> part : parts) {
      labels.addAll(part);
    }
    return ScreenText.reading(from, to, labels.toArray(OcrLabel[]::new));
  }

  private static List<SceneCut> judge(List<ScreenChange> changes, List<ScreenReading> readings) {
    return NewScreens.judge(changes, readings, List.of());
  }

  @Test
  void nearlyTheWholeScreenChangedIsNewWhateverItShows() {
    ScreenChange page = change(5.0, 5.4, 0.9, new Region(0, 0, 1920, 1080));
    assertEquals(List.of(new SceneCut(5.05, 0.9, 5.4, page.changed())), judge(List.of(page), List.of()));
  }

  @Test
  void wizardPageWhoseLabelsWereReplacedIsNew() {
    ScreenChange next = change(5.0, 5.4, CONTENT_AREA, CONTENT);
    List<ScreenReading> readings = List.of(screen(0, 5.0, SIDEBAR, ACCOUNT), screen(5.4, 12, SIDEBAR, SHIPPING));
    assertTrue(NewScreens.isNewScreen(next, readings));
    assertEquals(List.of(new SceneCut(5.05, CONTENT_AREA, 5.4, CONTENT)), judge(List.of(next), readings));
  }

  @Test
  void tableFilteredToFewerRowsIsNoNewScreen() {
    List<OcrLabel> all = column(450, 250, "Lina Márquez", "Omar Haddad", "Priya Natarajan", "Tom Becker",
        "Ana Silva", "Kenji Sato");
    List<OcrLabel> filtered = column(450, 250, "Lina Márquez", "Ana Silva");
    ScreenChange filter = change(5.0, 5.4, CONTENT_AREA, CONTENT);
    assertFalse(NewScreens.isNewScreen(filter, List.of(screen(0, 5, SIDEBAR, all), screen(5.4, 9, SIDEBAR, filtered))));
  }

  @Test
  void changeOverMostOfTheScreenIsNewWhenMuchOfItsTextIsGone() {
    // documented: a change over 60% of the screen is new when 40% of its text is gone or new (a tab)
    List<OcrLabel> open = column(450, 250, "Printer jammed", "Password reset", "Laptop broken", "Mouse missing");
    List<OcrLabel> fewer = column(450, 250, "Printer jammed", "Password reset");
    ScreenChange tab = change(5.0, 5.4, 0.65, CONTENT);
    assertTrue(NewScreens.isNewScreen(tab, List.of(screen(0, 5, SIDEBAR, open), screen(5.4, 9, SIDEBAR, fewer))));
  }

  @Test
  void menuOpeningOverThePageIsNoNewScreen() {
    List<OcrLabel> page = List.of(label("Status", 1150, 350, 90, 24), label("Subject", 450, 350, 100, 24));
    List<OcrLabel> menu = column(1150, 320, "Open", "Pending", "Resolved", "Closed");
    ScreenChange opens = change(5.0, 5.2, 0.12, PICKER);
    List<ScreenReading> readings = List.of(screen(0, 5, SIDEBAR, page), screen(5.2, 9, SIDEBAR, page.subList(1, 2), menu));
    assertFalse(NewScreens.isNewScreen(opens, readings));
  }

  @Test
  void changeUnderATenthOfTheScreenIsNoNewScreenEvenWithItsTextReplaced() {
    ScreenChange small = change(5.0, 5.4, 0.08, CONTENT);
    assertFalse(NewScreens.isNewScreen(small, List.of(screen(0, 5, SIDEBAR, ACCOUNT), screen(5.4, 9, SIDEBAR, SHIPPING))));
  }

  @Test
  void changeWithoutReadingsAroundItIsNoNewScreenUnlessNearlyWhole() {
    assertFalse(NewScreens.isNewScreen(change(5.0, 5.4, 0.5, CONTENT), List.of()));
  }

  @Test
  void changesThatAreNoReplacementAreNeverNewScreens() {
    Region whole = new Region(0, 0, 1920, 1080);
    List<ScreenChange> changes = List.of(change(Kind.SCROLLED, 1, 2, 0.9, whole), change(Kind.EXPANDED, 4, 4.2, 0.9, whole),
        change(Kind.TRANSIENT, 6, 6.3, 0.9, null));
    assertEquals(List.of(), judge(changes, List.of()));
  }

  @Test
  void datePickerClosingSoonAfterItOpenedIsNoNewScreen() {
    ScreenChange opens = change(3.0, 3.2, 0.12, PICKER);
    ScreenChange closes = change(6.0, 6.2, 0.14, PICKER_AND_FIELD);
    List<ScreenReading> readings = pickerOpenedAndClosed(6.0);
    assertFalse(NewScreens.isNewScreen(opens, readings), "much new text, little gone");
    assertTrue(NewScreens.isNewScreen(closes, readings), "on its own, the closing replaced the picker's text");
    assertEquals(List.of(), judge(List.of(opens, closes), readings));
  }

  @Test
  void datePickerClosingLongAfterItOpenedIsNew() {
    List<ScreenChange> changes = List.of(change(3.0, 3.2, 0.12, PICKER), change(16.0, 16.2, 0.14, PICKER_AND_FIELD));
    List<SceneCut> cuts = judge(changes, pickerOpenedAndClosed(16.0));
    assertEquals(List.of(16.05), cuts.stream().map(SceneCut::time).toList(), "more than 10 s after it opened");
  }

  /**
   * A date field above four labels; a picker opens over the labels at 3 s and closes at
   * {@code closes} with a date chosen, giving them back.
   */
  private static List<ScreenReading> pickerOpenedAndClosed(double closes) {
    List<OcrLabel> covered = column(1150, 400, "Assignee", "Priority", "Category", "Requester");
    OcrLabel empty = label("Select date", 1150, 250, 200, 24);
    OcrLabel chosen = label("Friday 14 March", 1150, 250, 260, 24);
    List<OcrLabel> picker = column(1150, 300, "March 2025", "Previous", "Next", "Week", "Mon", "Tue", "Wed", "Thu",
        "Fri", "Sat", "Sun", "Today", "Clear", "Done");
    return List.of(screen(0, 3, SIDEBAR, List.of(empty), covered), screen(3.2, closes, SIDEBAR, List.of(empty), picker),
        screen(closes + 0.2, closes + 5, SIDEBAR, List.of(chosen), covered));
  }

  @Test
  void wizardBackAfterANextThatWasANewScreenIsNew() {
    List<ScreenChange> changes = List.of(change(5.0, 5.4, CONTENT_AREA, CONTENT), change(9.0, 9.4, CONTENT_AREA, CONTENT));
    List<ScreenReading> readings = List.of(screen(0, 5, SIDEBAR, ACCOUNT), screen(5.4, 9, SIDEBAR, SHIPPING),
        screen(9.4, 15, SIDEBAR, ACCOUNT));
    assertEquals(List.of(5.05, 9.05), judge(changes, readings).stream().map(SceneCut::time).toList());
  }

  @Test
  void twoNewScreensWithinASecondAndAHalfAreOneCutAtTheLater() {
    Region whole = new Region(0, 0, 1920, 1080);
    ScreenChange loading = change(5.0, 5.3, 0.9, whole);
    ScreenChange content = change(6.0, 6.4, 0.95, whole);
    assertEquals(List.of(new SceneCut(6.05, 0.95, 6.4, whole)), judge(List.of(loading, content), List.of()));
    ScreenChange later = change(7.0, 7.4, 0.95, whole);
    assertEquals(List.of(5.05, 7.05), judge(List.of(loading, later), List.of()).stream().map(SceneCut::time).toList());
  }

  @Test
  void filmCutsAreKeptOutsideStillFootageOnly() {
    Region whole = new Region(0, 0, 1920, 1080);
    List<ScreenChange> changes = List.of(change(Kind.MOTION, 20, 30, 1.0, whole), change(5.0, 5.3, 0.3, CONTENT));
    SceneCut inVideo = new SceneCut(22, 0.8, 22.1, whole);
    SceneCut inStillChange = new SceneCut(5.1, 0.5, 5.3, CONTENT);
    SceneCut alone = new SceneCut(40, 0.9, 40.2, whole);
    List<SceneCut> cuts = NewScreens.judge(changes, List.of(), List.of(alone, inStillChange, inVideo));
    assertEquals(List.of(inVideo, alone), cuts);
  }

  @Test
  void readingAtATimeIsTheLastPeriodBegunByThen() {
    ScreenReading first = screen(0, 5, SIDEBAR);
    ScreenReading second = screen(5.4, 9, SIDEBAR);
    List<ScreenReading> readings = List.of(second, first);
    assertEquals(first, NewScreens.readingAt(readings, 5.2), "between periods: the one before");
    assertEquals(second, NewScreens.readingAt(readings, 5.4));
    assertEquals(second, NewScreens.readingAt(readings, 100));
    assertNull(NewScreens.readingAt(List.of(second), 1.0));
  }
}

package io.reel2sop.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.Region;
import io.reel2sop.model.ScreenChange;
import io.reel2sop.model.ScreenChange.Kind;
import io.reel2sop.screen.ReadingPlan.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingPlanTest {
  private static final double FRAME = 1 / 30.0;
  private static final Region DIALOG = new Region(400, 200, 800, 600);
  private static final Region LIST = new Region(300, 150, 1200, 800);
  private static final Region FIELD = new Region(100, 980, 400, 40); // outside the others

  private static ScreenChange change(double start, double settled, Kind kind, Region changed) {
    return new ScreenChange(start - FRAME, start, start, settled, kind, 0.3, changed);
  }

  @Test
  void stillRecordingIsReadOnceShortlyAfterItStarts() {
    assertEquals(List.of(new Period(0, 10, 0.1, null)), ReadingPlan.periods(List.of(), List.of(), 10));
  }

  @Test
  void eachStillPeriodBetweenLastingChangesIsReadOnceWithWhatChangedSinceTheReadingBefore() {
    List<ScreenChange> changes = List.of(
        change(6.0, 6.8, Kind.SCROLLED, LIST),
        change(3.0, 3.4, Kind.REPLACED, DIALOG));
    List<Period> periods = ReadingPlan.periods(changes, List.of(), 10);
    assertEquals(3, periods.size());
    assertPeriod(new Period(0, 3.0, 0.1, null), periods.get(0));
    assertPeriod(new Period(3.4, 6.0, 3.5, DIALOG), periods.get(1));
    assertPeriod(new Period(6.8, 10, 6.9, LIST), periods.get(2));
  }

  @Test
  void changesThatCameBackEndNoPeriod() {
    List<ScreenChange> hover = List.of(change(2.0, 2.3, Kind.TRANSIENT, null));
    assertEquals(List.of(new Period(0, 10, 0.1, null)), ReadingPlan.periods(hover, List.of(), 10));
  }

  @Test
  void shortPeriodIsReadBeforeTheNextChangeBegins() {
    List<ScreenChange> changes = List.of(
        change(2.0, 3.0, Kind.REPLACED, DIALOG),
        change(3.1, 3.5, Kind.REPLACED, DIALOG));
    Period between = ReadingPlan.periods(changes, List.of(), 10).get(1);
    assertEquals(3.0, between.from(), 1e-9);
    assertEquals(3.1 - FRAME - 0.05, between.time(), 1e-9);
  }

  @Test
  void changeOfUnknownExtentIsReadWhole() {
    List<ScreenChange> changes = List.of(change(3.0, 3.4, Kind.REPLACED, null));
    assertNull(ReadingPlan.periods(changes, List.of(), 10).get(1).changed());
  }

  @Test
  void typingBetweenTwoReadingsIsReadAgainWithTheChange() {
    assertEquals(LIST.union(FIELD), changedWhenTheListIsRead(new LocalChange(4.0, 5.0, FIELD)));
  }

  @Test
  void typingGoingOnWhenTheScreenWasReadIsReadAgainAfterwards() {
    assertEquals(LIST.union(FIELD), changedWhenTheListIsRead(new LocalChange(3.45, 5.0, FIELD)),
        "the field changed after it was read at 3.5 s");
  }

  @Test
  void localChangeOverBeforeTheReadingBeforeIsNotReadAgain() {
    assertEquals(LIST, changedWhenTheListIsRead(new LocalChange(3.0, 3.2, FIELD)), "it ended before 3.5 s");
  }

  /** A dialog opens at 3 s (the screen is read at 3.5 s), a list at 6 s: what changed since, read at 6.9 s. */
  private static Region changedWhenTheListIsRead(LocalChange local) {
    List<ScreenChange> changes = List.of(
        change(3.0, 3.4, Kind.REPLACED, DIALOG),
        change(6.0, 6.8, Kind.EXPANDED, LIST));
    Period last = ReadingPlan.periods(changes, List.of(local), 10).get(2);
    assertEquals(6.9, last.time(), 1e-9);
    return last.changed();
  }

  private static void assertPeriod(Period expected, Period actual) {
    assertEquals(expected.from(), actual.from(), 1e-9, "from");
    assertEquals(expected.to(), actual.to(), 1e-9, "to");
    assertEquals(expected.time(), actual.time(), 1e-9, "time");
    assertEquals(expected.changed(), actual.changed(), "changed");
  }
}

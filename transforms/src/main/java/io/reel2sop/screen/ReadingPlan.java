package io.reel2sop.screen;

import io.reel2sop.model.ScreenChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When to read the screen: once per still period between two changes that left the screen
 * different (not a hover that came back), at the period's last frame, so each distinct state of
 * the screen is read once. A period is a pair of times; the reading goes at {@code time}.
 */
public final class ReadingPlan {
  /** A still period and the moment it is read. */
  public record Period(double from, double to, double time) {}

  /** Read this long before a change begins, clear of its first frame. */
  private static final double BEFORE_CHANGE = 0.05;

  private ReadingPlan() {}

  public static List<Period> periods(List<ScreenChange> changes, double duration) {
    List<ScreenChange> lasting = changes.stream()
        .filter(c -> c.kind() != ScreenChange.Kind.TRANSIENT)
        .sorted(Comparator.comparingDouble(ScreenChange::start))
        .toList();
    List<Period> periods = new ArrayList<>();
    double from = 0;
    for (ScreenChange change : lasting) {
      double to = change.start();
      if (to > from) {
        periods.add(new Period(from, to, Math.max(from, Math.min(change.before(), to - BEFORE_CHANGE))));
      }
      from = Math.max(from, change.settled());
    }
    if (duration > from) {
      periods.add(new Period(from, duration, Math.max(from, duration - 2 * BEFORE_CHANGE)));
    }
    return periods;
  }
}

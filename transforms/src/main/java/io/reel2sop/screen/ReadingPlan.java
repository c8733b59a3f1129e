package io.reel2sop.screen;

import io.reel2sop.model.ScreenChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When to read the screen: once per still period between two changes that left the screen
 * different (not a hover that came back), so each distinct state of the screen is read once;
 * shortly after the period begins, when the pointer has usually not yet reached the next thing it
 * will click (and hides no part of its label).
 */
public final class ReadingPlan {
  /** A still period and the moment it is read. */
  public record Period(double from, double to, double time) {}

  /** Read this long after a period begins, and at least this long before the next change. */
  private static final double MARGIN = 0.05;

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
        periods.add(new Period(from, to, readAt(from, Math.min(change.before(), to))));
      }
      from = Math.max(from, change.settled());
    }
    if (duration > from) {
      periods.add(new Period(from, duration, readAt(from, duration - MARGIN)));
    }
    return periods;
  }

  private static double readAt(double from, double to) {
    return Math.max(from, Math.min(from + 2 * MARGIN, to - MARGIN));
  }
}

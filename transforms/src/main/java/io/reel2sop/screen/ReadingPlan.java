package io.reel2sop.screen;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.Region;
import io.reel2sop.model.ScreenChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When to read the screen: once per still period between two changes that left the screen
 * different (not a hover that came back), so each distinct state of the screen is read once;
 * shortly after the period begins, when the pointer has usually not yet reached the next thing it
 * will click (and hides no part of its label). Each period also says what changed on the screen
 * since the reading before, so only that part needs reading again.
 */
public final class ReadingPlan {
  /**
   * A still period and the moment it is read; {@code changed} bounds what changed since the
   * previous reading (video pixels), null for the first period or when too much changed to tell.
   */
  public record Period(double from, double to, double time, Region changed) {}

  /** Read this long after a period begins, and at least this long before the next change. */
  private static final double MARGIN = 0.05;

  private ReadingPlan() {}

  public static List<Period> periods(List<ScreenChange> changes, List<LocalChange> locals, double duration) {
    List<ScreenChange> lasting = changes.stream()
        .filter(c -> c.kind() != ScreenChange.Kind.TRANSIENT)
        .sorted(Comparator.comparingDouble(ScreenChange::start))
        .toList();
    List<double[]> spans = new ArrayList<>();
    double from = 0;
    for (ScreenChange change : lasting) {
      double to = change.start();
      if (to > from) {
        spans.add(new double[] {from, to, readAt(from, Math.min(change.before(), to))});
      }
      from = Math.max(from, change.settled());
    }
    if (duration > from) {
      spans.add(new double[] {from, duration, readAt(from, duration - MARGIN)});
    }
    List<Period> periods = new ArrayList<>();
    double previous = Double.NaN;
    for (double[] span : spans) {
      Region changed = Double.isNaN(previous) ? null : changedBetween(lasting, locals, previous, span[2]);
      periods.add(new Period(span[0], span[1], span[2], changed));
      previous = span[2];
    }
    return periods;
  }

  /**
   * The box of every change that began in (from, to] and every local change going on then (typing
   * that began before the reading at {@code from} went on after it); null when one was the whole
   * screen.
   */
  private static Region changedBetween(List<ScreenChange> changes, List<LocalChange> locals, double from, double to) {
    Region box = null;
    for (ScreenChange change : changes) {
      if (change.start() > from && change.start() <= to) {
        if (change.changed() == null) {
          return null;
        }
        box = box == null ? change.changed() : box.union(change.changed());
      }
    }
    for (LocalChange local : locals) {
      if (local.region() != null && local.end() > from && local.start() <= to) {
        box = box == null ? local.region() : box.union(local.region());
      }
    }
    return box == null ? new Region(0, 0, 0, 0) : box;
  }

  private static double readAt(double from, double to) {
    return Math.max(from, Math.min(from + 2 * MARGIN, to - MARGIN));
  }
}

package io.reel2sop.testmedia;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Picks, for each of a set of times, the frame on screen then, from frames offered in presentation
 * order: the last frame starting at or before the time (give or take {@link #TOLERANCE}), or the
 * first frame for a time before it. Holds one frame (the one on screen) and converts a frame to
 * its result once, only if some time shows it.
 *
 * @param <F> a decoded frame, owned by this object once offered, handed to {@code release} after
 * @param <R> what is kept of a frame shown at a wanted time
 */
final class FramesOnScreen<F, R> implements AutoCloseable {
  /** Frame times in some containers are rounded to the millisecond. */
  static final double TOLERANCE = 0.001;

  private final List<Double> times;
  private final Integer[] byTime;
  private final Function<F, R> convert;
  private final Consumer<F> release;
  private final List<R> results;
  private int next;
  private F shown;
  private R shownConverted;

  FramesOnScreen(List<Double> times, Function<F, R> convert, Consumer<F> release) {
    this.times = List.copyOf(times);
    this.byTime = new Integer[times.size()];
    Arrays.setAll(byTime, i -> i);
    Arrays.sort(byTime, Comparator.comparingDouble(this.times::get));
    this.convert = convert;
    this.release = release;
    this.results = new ArrayList<>(java.util.Collections.nCopies(times.size(), null));
  }

  /** Takes the next frame; false once every time has its frame, so later frames do not matter. */
  boolean offer(double seconds, F frame) {
    if (next < byTime.length && startsAfterNextTime(seconds)) {
      if (shown == null) {
        // the video starts after the time: its first frame is the one shown
        shown = frame;
        frame = null;
      }
      R result = converted();
      while (next < byTime.length && startsAfterNextTime(seconds)) {
        results.set(byTime[next++], result);
      }
    }
    if (frame != null) {
      replaceShown(frame);
    }
    return next < byTime.length;
  }

  /** The frame shown at each time, in the order the times were given, once the offers are over. */
  List<R> shownAtEachTime() {
    if (next < byTime.length) {
      if (shown == null) {
        throw new IllegalStateException("no frames");
      }
      R result = converted();
      while (next < byTime.length) {
        results.set(byTime[next++], result);
      }
    }
    return results;
  }

  /** Releases the frame held. */
  @Override
  public void close() {
    replaceShown(null);
  }

  private boolean startsAfterNextTime(double seconds) {
    return seconds > times.get(byTime[next]) + TOLERANCE;
  }

  private R converted() {
    if (shownConverted == null) {
      shownConverted = convert.apply(shown);
    }
    return shownConverted;
  }

  private void replaceShown(F frame) {
    if (shown != null) {
      release.accept(shown);
    }
    shown = frame;
    shownConverted = null;
  }
}

package io.reel2sop.speech;

import java.util.Arrays;

/**
 * The recent part of a stream of samples, addressed by their index in the whole stream: segments
 * are cut from it once their ends are known, and what no segment can need any more is dropped.
 */
final class SampleWindow {
  private short[] samples = new short[1 << 16];
  private long first;
  private int length;

  /** Consecutive blocks, {@code block[0]} being sample {@code start} of the stream. */
  void append(short[] block, int count, long start) {
    if (length == 0) {
      first = start;
    } else if (start != first + length) {
      throw new IllegalArgumentException("samples from " + start + " do not follow on " + (first + length));
    }
    if (length + count > samples.length) {
      samples = Arrays.copyOf(samples, Math.max(samples.length * 2, length + count));
    }
    System.arraycopy(block, 0, samples, length, count);
    length += count;
  }

  /** The samples {@code [from, to)}; the window must still hold them. */
  short[] copy(long from, long to) {
    if (from < first || to > first + length || to < from) {
      throw new IllegalStateException(
          "samples [" + from + ", " + to + ") asked of a window holding [" + first + ", " + (first + length) + ")");
    }
    return Arrays.copyOfRange(samples, (int) (from - first), (int) (to - first));
  }

  /** Forgets the samples before {@code index}. */
  void discardBefore(long index) {
    if (index <= first) {
      return;
    }
    int drop = (int) Math.min(length, index - first);
    // Moving the rest down only once half the array is dead keeps the copying linear.
    if (drop > samples.length / 2 || drop == length) {
      System.arraycopy(samples, drop, samples, 0, length - drop);
      first += drop;
      length -= drop;
    }
  }
}

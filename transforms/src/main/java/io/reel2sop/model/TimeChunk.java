package io.reel2sop.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of a recording's timeline, analysed on its own by some worker. A chunk owns the events
 * (cuts, local changes, spoken segments) that start in {@code [start, end)}; the first chunk also
 * owns anything before its end and the last anything after its start, so the chunks of a
 * recording own every moment exactly once. Analysis reads a little beyond a chunk (the overlap)
 * only to know the context of what it owns.
 */
public record TimeChunk(int index, int count, double start, double end) implements Serializable {
  public TimeChunk {
    if (count < 1 || index < 0 || index >= count || !(end > start)) {
      throw new IllegalArgumentException("bad chunk " + index + "/" + count + " [" + start + ", " + end + ")");
    }
  }

  /** The whole recording as one chunk: chunking off. */
  public static TimeChunk whole() {
    return new TimeChunk(0, 1, 0, Double.POSITIVE_INFINITY);
  }

  /**
   * Splits {@code durationSeconds} into chunks of {@code chunkSeconds} (the last one takes the
   * remainder, and one shorter than half a chunk joins the one before). Zero or a negative length
   * means no chunking.
   */
  public static List<TimeChunk> split(double durationSeconds, double chunkSeconds) {
    if (chunkSeconds <= 0 || !(durationSeconds > chunkSeconds * 1.5)) {
      return List.of(whole());
    }
    int count = (int) Math.max(1, Math.round(durationSeconds / chunkSeconds));
    if (durationSeconds - (count - 1) * chunkSeconds < chunkSeconds / 2) {
      count--;
    }
    List<TimeChunk> chunks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double end = i == count - 1 ? Double.POSITIVE_INFINITY : (i + 1) * chunkSeconds;
      chunks.add(new TimeChunk(i, count, i * chunkSeconds, end));
    }
    return chunks;
  }

  public boolean isFirst() {
    return index == 0;
  }

  public boolean isLast() {
    return index == count - 1;
  }

  public boolean owns(double time) {
    return (isFirst() || time >= start) && (isLast() || time < end);
  }
}

package io.reel2sop.speech;

import java.io.IOException;
import java.util.Arrays;

/**
 * Decides for each 10 ms frame whether it is voice: clearly louder than the local noise floor (a
 * low percentile of the frame energies within {@code radius} frames either side) and than an
 * absolute floor. Only audio near a frame decides it, so a stream started anywhere earlier than
 * {@code radius} frames before gives the same decision; each decision waits for the {@code radius}
 * frames after it. Energies are compared as mean squares, without logarithms, so every machine
 * decides alike.
 */
final class VoiceActivity {
  @FunctionalInterface
  interface Sink {
    void accept(long frame, boolean voiced, double meanSquare) throws IOException;
  }

  private final int radius;
  private final double percentile;
  private final double marginRatio;
  private final double absoluteFloor;
  private final Sink sink;
  /** Energies of the frames from {@code next - radius} to {@code newest}, by frame modulo length. */
  private final double[] recent;
  /** The same energies in ascending order. */
  private final double[] sorted;
  private int sortedCount;
  private long first = Long.MIN_VALUE;
  private long next;
  private long newest;

  /** {@code marginDb} above the local floor, and at least {@code absoluteFloorDbfs}. */
  VoiceActivity(int radius, double percentile, double marginDb, double absoluteFloorDbfs, Sink sink) {
    this.radius = radius;
    this.percentile = percentile;
    this.marginRatio = StrictMath.pow(10, marginDb / 10);
    this.absoluteFloor = 32768.0 * 32768.0 * StrictMath.pow(10, absoluteFloorDbfs / 10);
    this.sink = sink;
    this.recent = new double[2 * radius + 2];
    this.sorted = new double[2 * radius + 2];
  }

  /** Frames must come consecutively. */
  void accept(long frame, double meanSquare) throws IOException {
    if (first == Long.MIN_VALUE) {
      first = frame;
      next = frame;
    }
    newest = frame;
    recent[slot(frame)] = meanSquare;
    insert(meanSquare);
    if (frame - next >= radius) {
      decideNext();
    }
  }

  /** The stream has ended: the last frames are decided on the frames there are. */
  void finish() throws IOException {
    while (first != Long.MIN_VALUE && next <= newest) {
      decideNext();
    }
  }

  private void decideNext() throws IOException {
    int rank = (int) (percentile * (sortedCount - 1));
    double floor = sorted[rank];
    double energy = recent[slot(next)];
    sink.accept(next, energy >= floor * marginRatio && energy >= absoluteFloor, energy);
    long leaving = next - radius;
    if (leaving >= first) {
      remove(recent[slot(leaving)]);
    }
    next++;
  }

  private int slot(long frame) {
    return (int) Math.floorMod(frame, (long) recent.length);
  }

  private void insert(double value) {
    int at = Arrays.binarySearch(sorted, 0, sortedCount, value);
    at = at < 0 ? -at - 1 : at;
    System.arraycopy(sorted, at, sorted, at + 1, sortedCount - at);
    sorted[at] = value;
    sortedCount++;
  }

  private void remove(double value) {
    int at = Arrays.binarySearch(sorted, 0, sortedCount, value);
    System.arraycopy(sorted, at + 1, sorted, at, sortedCount - at - 1);
    sortedCount--;
  }
}

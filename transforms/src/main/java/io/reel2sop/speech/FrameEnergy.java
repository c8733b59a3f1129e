package io.reel2sop.speech;

import java.io.IOException;

/**
 * The mean square of every 10 ms frame of 16 kHz audio, on a grid fixed to the start of the
 * recording: frame {@code f} holds samples {@code [160 f, 160 f + 160)}, whichever sample a stream
 * started at (a partial first frame is skipped).
 */
final class FrameEnergy {
  static final int FRAME = 160;

  @FunctionalInterface
  interface Sink {
    void accept(long frame, double meanSquare) throws IOException;
  }

  private final Sink sink;
  private long frame;
  private int filled;
  private long sum;

  FrameEnergy(Sink sink) {
    this.sink = sink;
  }

  /** Consecutive samples, {@code samples[0]} being sample {@code first} of the recording. */
  void accept(short[] samples, int count, long first) throws IOException {
    for (int i = 0; i < count; i++) {
      if (filled == 0) {
        long index = first + i;
        if (index % FRAME != 0) {
          continue;
        }
        frame = index / FRAME;
      }
      sum += samples[i] * samples[i];
      if (++filled == FRAME) {
        sink.accept(frame, sum / (double) FRAME);
        filled = 0;
        sum = 0;
      }
    }
  }

  /** The stream has ended: a last partial frame counts with what it has. */
  void finish() throws IOException {
    if (filled > 0) {
      sink.accept(frame, sum / (double) filled);
      filled = 0;
      sum = 0;
    }
  }
}

package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.file.Path;

/** Pictures and sounds for the toolkit's own tests: each frame unlike its neighbours, a pure tone. */
final class Samples {
  static final int WIDTH = 320;
  static final int HEIGHT = 240;
  static final int FPS = 24;
  static final int FRAMES = 48;
  static final double SECONDS = FRAMES / (double) FPS;
  static final int TONE_RATE = 22_050;
  static final double TONE_HERTZ = 440;

  private Samples() {}

  static VideoFormat video(VideoCodec codec) {
    return new VideoFormat(WIDTH, HEIGHT, FPS, codec);
  }

  static VideoFormat h264() {
    return video(new VideoCodec.H264(1_000_000));
  }

  /** {@link #FRAMES} frames at {@link #FPS} and, when the spec has sound, the tone as long. */
  static Path write(Path file, MediaSpec spec) throws IOException {
    try (MediaWriter out = MediaWriter.open(file, spec, spec.audio() == null ? null : tone())) {
      for (int i = 0; i < FRAMES; i++) {
        out.frame(frame(i), i / (double) FPS);
      }
    }
    return file;
  }

  /** {@link #SECONDS} of a {@link #TONE_HERTZ} sine at {@link #TONE_RATE}. */
  static MonoPcm tone() {
    return tone(TONE_HERTZ, SECONDS, TONE_RATE);
  }

  /** Frame {@code n} of the sample video. */
  static byte[] frame(int n) {
    return TestCard.frame(WIDTH, HEIGHT, n);
  }

  /** {@code seconds} of a sine at {@code hertz}, amplitude 10000, at {@code rate}. */
  static MonoPcm tone(double hertz, double seconds, int rate) {
    short[] samples = new short[(int) Math.round(seconds * rate)];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) Math.round(10_000 * Math.sin(2 * Math.PI * hertz * i / rate));
    }
    return new MonoPcm(rate, samples);
  }

  /** Mean absolute difference per byte between two BGR pictures of the same size. */
  static double difference(byte[] a, byte[] b) {
    long sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
    }
    return sum / (double) a.length;
  }
}

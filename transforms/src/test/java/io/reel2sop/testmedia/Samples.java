package io.reel2sop.testmedia;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
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

  /** Frame {@code n}: a grey ramp, a box that moves 9 px a frame and the frame number in large digits. */
  static byte[] frame(int n) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    for (int x = 0; x < WIDTH; x += 8) {
      int level = 40 + 160 * x / WIDTH;
      g.setColor(new Color(level, level, level));
      g.fillRect(x, 0, 8, HEIGHT);
    }
    g.setColor(new Color(220, 60, 40));
    g.fillRect((n * 9) % (WIDTH - 60), 150, 60, 60);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
    g.drawString(Integer.toString(n), 20, 100);
    g.dispose();
    return BgrFrames.of(image);
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

package io.reel2sop.testmedia;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A moving test pattern in the spirit of FFmpeg's {@code testsrc}: colour bars, a box that moves
 * one step each frame and the frame number, so every frame differs a little from its neighbours.
 */
public final class TestCard {
  private static final Color[] BARS = {
    Color.WHITE, Color.YELLOW, Color.CYAN, Color.GREEN, Color.MAGENTA, Color.RED, Color.BLUE, Color.BLACK};

  private TestCard() {}

  /** Frame {@code n} as BGR24 pixels. */
  public static byte[] frame(int width, int height, int n) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    for (int i = 0; i < BARS.length; i++) {
      g.setColor(BARS[i]);
      int left = i * width / BARS.length;
      g.fillRect(left, 0, (i + 1) * width / BARS.length - left, height * 2 / 3);
    }
    for (int x = 0; x < width; x += 8) {
      int level = 40 + 160 * x / width;
      g.setColor(new Color(level, level, level));
      g.fillRect(x, height * 2 / 3, 8, height - height * 2 / 3);
    }
    int box = Math.max(8, height / 4);
    g.setColor(new Color(220, 60, 40));
    g.fillRect((n * 9) % (width - box), height - box - height / 20, box, box);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height * 3 / 10)));
    g.drawString(Integer.toString(n), width / 16, height * 2 / 5);
    g.dispose();
    return BgrFrames.of(image);
  }
}

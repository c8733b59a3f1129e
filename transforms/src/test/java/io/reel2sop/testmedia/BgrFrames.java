package io.reel2sop.testmedia;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Pictures as the encoder takes them: BGR24 bytes, rows top down, no padding. */
public final class BgrFrames {
  private BgrFrames() {}

  /** The pixels of {@code image}; an image of another type is drawn into BGR first. */
  public static byte[] of(BufferedImage image) {
    BufferedImage bgr = image;
    if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
      bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = bgr.createGraphics();
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    return ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
  }

  /** A picture of one colour. */
  public static byte[] filled(int width, int height, Color color) {
    byte[] pixels = new byte[width * height * 3];
    byte[] pixel = {(byte) color.getBlue(), (byte) color.getGreen(), (byte) color.getRed()};
    for (int i = 0; i < pixels.length; i += 3) {
      System.arraycopy(pixel, 0, pixels, i, 3);
    }
    return pixels;
  }
}

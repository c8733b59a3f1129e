package io.reel2sop.ocr;

import io.reel2sop.model.Region;

/**
 * An image to read, kept as 8-bit grey (Tesseract reads grey; colour adds nothing to it), row after
 * row without padding. Made from a decoded frame's BGR24 or grey plane.
 */
public final class OcrImage {
  private final int width;
  private final int height;
  private final byte[] grey;

  private OcrImage(int width, int height, byte[] grey) {
    this.width = width;
    this.height = height;
    this.grey = grey;
  }

  /** Wraps {@code grey} (width * height bytes, no padding) without copying. */
  static OcrImage ofGrey(int width, int height, byte[] grey) {
    return new OcrImage(width, height, grey);
  }

  /** From packed blue-green-red bytes; a row starts every {@code stride} bytes. */
  public static OcrImage fromBgr24(byte[] bgr, int width, int height, int stride) {
    checkPlane(bgr.length, width, height, stride, 3);
    byte[] grey = new byte[width * height];
    for (int y = 0; y < height; y++) {
      int in = y * stride;
      int out = y * width;
      for (int x = 0; x < width; x++, in += 3) {
        int b = bgr[in] & 0xff;
        int g = bgr[in + 1] & 0xff;
        int r = bgr[in + 2] & 0xff;
        // BT.601 luma in 8-bit fixed point
        grey[out + x] = (byte) ((77 * r + 150 * g + 29 * b + 128) >> 8);
      }
    }
    return new OcrImage(width, height, grey);
  }

  /** From one byte per pixel; a row starts every {@code stride} bytes. The bytes are copied. */
  public static OcrImage fromGrey(byte[] luma, int width, int height, int stride) {
    checkPlane(luma.length, width, height, stride, 1);
    byte[] grey = new byte[width * height];
    for (int y = 0; y < height; y++) {
      System.arraycopy(luma, y * stride, grey, y * width, width);
    }
    return new OcrImage(width, height, grey);
  }

  private static void checkPlane(int length, int width, int height, int stride, int bytesPerPixel) {
    if (width <= 0 || height <= 0 || stride < width * bytesPerPixel
        || length < (long) stride * (height - 1) + (long) width * bytesPerPixel) {
      throw new IllegalArgumentException(
          "bad image " + width + "x" + height + " (stride " + stride + ") in " + length + " bytes");
    }
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public Region bounds() {
    return new Region(0, 0, width, height);
  }

  byte[] grey() {
    return grey;
  }

  /** The part of this image inside {@code region}, which must lie within it. */
  OcrImage crop(Region region) {
    if (region.x() < 0 || region.y() < 0 || region.width() == 0 || region.height() == 0
        || region.x() + region.width() > width || region.y() + region.height() > height) {
      throw new IllegalArgumentException("crop " + region + " outside a " + width + "x" + height + " image");
    }
    byte[] out = new byte[region.width() * region.height()];
    for (int y = 0; y < region.height(); y++) {
      System.arraycopy(grey, (region.y() + y) * width + region.x(), out, y * region.width(), region.width());
    }
    return new OcrImage(region.width(), region.height(), out);
  }

  /**
   * Enlarged {@code factor} times by bilinear interpolation (pixel centres aligned), so that small
   * UI text reaches the glyph height Tesseract's recogniser was trained on.
   */
  OcrImage upscaled(int factor) {
    if (factor == 1) {
      return this;
    }
    int w = width * factor;
    int h = height * factor;
    byte[] out = new byte[w * h];
    int[] x0 = new int[w];
    int[] x1 = new int[w];
    int[] wx = new int[w]; // weight of x1 in 1/256
    for (int x = 0; x < w; x++) {
      double src = (x + 0.5) / factor - 0.5;
      int left = (int) Math.floor(src);
      wx[x] = (int) Math.round((src - left) * 256);
      x0[x] = Math.max(0, left);
      x1[x] = Math.min(width - 1, left + 1);
    }
    for (int y = 0; y < h; y++) {
      double src = (y + 0.5) / factor - 0.5;
      int top = (int) Math.floor(src);
      int wy = (int) Math.round((src - top) * 256);
      int row0 = Math.max(0, top) * width;
      int row1 = Math.min(height - 1, top + 1) * width;
      for (int x = 0; x < w; x++) {
        int a = ((grey[row0 + x0[x]] & 0xff) * (256 - wx[x]) + (grey[row0 + x1[x]] & 0xff) * wx[x]);
        int b = ((grey[row1 + x0[x]] & 0xff) * (256 - wx[x]) + (grey[row1 + x1[x]] & 0xff) * wx[x]);
        out[y * w + x] = (byte) ((a * (256 - wy) + b * wy + (1 << 15)) >> 16);
      }
    }
    return new OcrImage(w, h, out);
  }
}

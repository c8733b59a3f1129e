package io.reel2sop.ocr;

import io.reel2sop.model.Region;

/** Regions worth reading on their own: around the mouse pointer, around a box that changed. */
public final class OcrRegions {
  private OcrRegions() {}

  /**
   * A {@code width} by {@code height} region centred on a point (the pointer), shifted as needed
   * to stay inside the image; smaller only when the image is.
   */
  public static Region around(int x, int y, int width, int height, OcrImage image) {
    int w = Math.min(width, image.width());
    int h = Math.min(height, image.height());
    int x0 = Math.max(0, Math.min(image.width() - w, x - w / 2));
    int y0 = Math.max(0, Math.min(image.height() - h, y - h / 2));
    return new Region(x0, y0, w, h);
  }

  /** {@code box} grown by {@code margin} pixels on every side, cut to the image. */
  public static Region grown(Region box, int margin, OcrImage image) {
    return clipped(new Region(box.x() - margin, box.y() - margin,
        box.width() + 2 * margin, box.height() + 2 * margin), image);
  }

  /** The part of {@code region} inside the image; empty (0x0) when they do not meet. */
  public static Region clipped(Region region, OcrImage image) {
    int x0 = Math.max(0, region.x());
    int y0 = Math.max(0, region.y());
    int x1 = Math.min(image.width(), region.x() + region.width());
    int y1 = Math.min(image.height(), region.y() + region.height());
    return x1 <= x0 || y1 <= y0 ? new Region(0, 0, 0, 0) : new Region(x0, y0, x1 - x0, y1 - y0);
  }
}

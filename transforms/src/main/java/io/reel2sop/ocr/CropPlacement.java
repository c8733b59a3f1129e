package io.reel2sop.ocr;

import io.reel2sop.model.Region;

/** Where an image given to Tesseract came from: {@code region} of the original, enlarged {@code scale} times. */
record CropPlacement(Region region, int scale) {

  /** A box Tesseract found (left, top, right, bottom exclusive) in pixels of the original, rounded outwards. */
  Region toOriginal(int left, int top, int right, int bottom) {
    int x0 = region.x() + Math.floorDiv(left, scale);
    int y0 = region.y() + Math.floorDiv(top, scale);
    int x1 = region.x() + Math.min(region.width(), -Math.floorDiv(-right, scale));
    int y1 = region.y() + Math.min(region.height(), -Math.floorDiv(-bottom, scale));
    return new Region(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
  }
}

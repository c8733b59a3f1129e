package io.reel2sop.ocr;

/**
 * Shrinks a word box to the dark pixels inside it. Tesseract's word boxes take in specks that its
 * binarisation sees near the word, which can make a box twice the height of its text; in the image
 * Tesseract read, the text is the dark part (the inverted pass reads an inverted image).
 */
final class InkBox {
  /** Below this grey-level spread a box holds no text to tighten around. */
  static final int MIN_SPREAD = 48;

  private InkBox() {}

  /** The tight box {left, top, right, bottom} (right and bottom exclusive) of the ink in the given box. */
  static int[] tightened(OcrImage image, int left, int top, int right, int bottom) {
    int x0 = Math.max(0, left), y0 = Math.max(0, top);
    int x1 = Math.min(image.width(), right), y1 = Math.min(image.height(), bottom);
    byte[] g = image.grey();
    int min = 255, max = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0, i = y * image.width() + x0; x < x1; x++, i++) {
        int v = g[i] & 0xff;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (max - min < MIN_SPREAD) {
      return new int[] {left, top, right, bottom};
    }
    int threshold = (min + max) / 2;
    int inkLeft = x1, inkTop = y1, inkRight = x0, inkBottom = y0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0, i = y * image.width() + x0; x < x1; x++, i++) {
        if ((g[i] & 0xff) < threshold) {
          inkLeft = Math.min(inkLeft, x);
          inkRight = Math.max(inkRight, x + 1);
          inkTop = Math.min(inkTop, y);
          inkBottom = Math.max(inkBottom, y + 1);
        }
      }
    }
    return new int[] {inkLeft, inkTop, inkRight, inkBottom};
  }
}

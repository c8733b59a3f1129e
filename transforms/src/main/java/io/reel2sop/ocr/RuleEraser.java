package io.reel2sop.ocr;

/**
 * Erases long thin lines (the borders of input fields and outlined buttons, table rules,
 * underlines), painting them over with the ground beside them. Tesseract's sparse-text layout
 * drops text that a drawn outline encloses, so "Cancel" in an outlined button would go unread.
 * Filled shapes are left alone: only lines at most {@link #MAX_THICKNESS} pixels thick, standing out
 * from the ground on both sides, and at least {@link #MIN_LENGTH} pixels long are erased, which no
 * letter stroke of UI-sized text is.
 */
final class RuleEraser {
  static final int MAX_THICKNESS = 2;
  static final int MIN_LENGTH = 24;
  /** Least grey-level difference between a line and the ground on both its sides. */
  static final int MIN_CONTRAST = 24;

  private RuleEraser() {}

  static OcrImage erased(OcrImage image) {
    int w = image.width();
    int h = image.height();
    byte[] src = image.grey();
    byte[] out = src.clone();
    // horizontal lines: step along x, look across in y
    eraseLines(src, out, h, w, w, 1);
    // vertical lines: step along y, look across in x
    eraseLines(src, out, w, h, 1, w);
    return OcrImage.ofGrey(w, h, out);
  }

  /**
   * Finds lines running along {@code along} (pixel step {@code alongStep}) in each of the
   * {@code across} rows or columns (step {@code acrossStep}) and paints them in {@code out}.
   */
  private static void eraseLines(byte[] src, byte[] out, int across, int along, int acrossStep, int alongStep) {
    for (int thickness = 1; thickness <= MAX_THICKNESS; thickness++) {
      for (int a = 1; a + thickness < across; a++) {
        int runStart = -1;
        for (int i = 0; i <= along; i++) {
          boolean onLine = i < along && isLinePixel(src, a, i, thickness, acrossStep, alongStep);
          if (onLine && runStart < 0) {
            runStart = i;
          } else if (!onLine && runStart >= 0) {
            if (i - runStart >= MIN_LENGTH) {
              paint(src, out, a, runStart, i, thickness, acrossStep, alongStep);
            }
            runStart = -1;
          }
        }
      }
    }
  }

  private static boolean isLinePixel(byte[] g, int a, int i, int thickness, int acrossStep, int alongStep) {
    int base = i * alongStep;
    int before = g[base + (a - 1) * acrossStep] & 0xff;
    int after = g[base + (a + thickness) * acrossStep] & 0xff;
    for (int t = 0; t < thickness; t++) {
      int v = g[base + (a + t) * acrossStep] & 0xff;
      if (Math.abs(v - before) < MIN_CONTRAST || Math.abs(v - after) < MIN_CONTRAST
          || (v - before > 0) != (v - after > 0)) {
        return false;
      }
    }
    return true;
  }

  private static void paint(byte[] src, byte[] out, int a, int from, int to, int thickness, int acrossStep, int alongStep) {
    for (int i = from; i < to; i++) {
      int base = i * alongStep;
      byte ground = src[base + (a - 1) * acrossStep];
      for (int t = 0; t < thickness; t++) {
        out[base + (a + t) * acrossStep] = ground;
      }
    }
  }
}

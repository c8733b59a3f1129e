package io.reel2sop.ocr;

/**
 * Splits an image by the brightness of the ground around each pixel: the plain pass reads the
 * light-ground parts (dark-ground parts blanked to white), the inverted pass the dark-ground parts
 * inverted (light-ground parts blanked). Inverting a whole light page makes it one dark mass in
 * which Tesseract's layout finds little, so the inverted pass would miss a white caption on a
 * coloured button; blanked, the button is a light patch on white. Each pass also skips the text
 * the other reads, so neither spends time on the other's half.
 *
 * <p>A pixel's ground is dark when most of the square around it is: text covers well under half
 * of such a square, so the letters of a caption take the ground of their button, and the edge
 * between two grounds falls where it is.
 */
final class GroundSplit {
  /** Half the side of the square that decides a pixel's ground; more than a button's padding. */
  static final int RADIUS = 10;
  /** Pixels darker than this are dark. */
  static final int DARK = 128;
  /**
   * Share of dark pixels from which the ground is dark: above one half, so that bold dark
   * headings, whose ink can come near half of a square, keep their light ground.
   */
  static final double DARK_SHARE = 0.6;

  private final OcrImage image;
  private final boolean[] darkGround;

  private GroundSplit(OcrImage image, boolean[] darkGround) {
    this.image = image;
    this.darkGround = darkGround;
  }

  static GroundSplit of(OcrImage image) {
    int w = image.width();
    int h = image.height();
    int[] darkBelow = darkCounts(image);
    boolean[] dark = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      int y0 = Math.max(0, y - RADIUS);
      int y1 = Math.min(h, y + RADIUS + 1);
      for (int x = 0; x < w; x++) {
        int x0 = Math.max(0, x - RADIUS);
        int x1 = Math.min(w, x + RADIUS + 1);
        int count = darkBelow[y1 * (w + 1) + x1] - darkBelow[y0 * (w + 1) + x1]
            - darkBelow[y1 * (w + 1) + x0] + darkBelow[y0 * (w + 1) + x0];
        dark[y * w + x] = count > DARK_SHARE * (x1 - x0) * (y1 - y0);
      }
    }
    return new GroundSplit(image, dark);
  }

  /** Summed-area table of dark pixels: entry (y, x) counts those above y and left of x. */
  private static int[] darkCounts(OcrImage image) {
    int w = image.width();
    byte[] g = image.grey();
    int[] sums = new int[(w + 1) * (image.height() + 1)];
    for (int y = 0; y < image.height(); y++) {
      int row = 0;
      for (int x = 0; x < w; x++) {
        row += (g[y * w + x] & 0xff) < DARK ? 1 : 0;
        sums[(y + 1) * (w + 1) + x + 1] = sums[y * (w + 1) + x + 1] + row;
      }
    }
    return sums;
  }

  boolean anyLightGround() {
    return has(false);
  }

  boolean anyDarkGround() {
    return has(true);
  }

  private boolean has(boolean dark) {
    for (boolean d : darkGround) {
      if (d == dark) {
        return true;
      }
    }
    return false;
  }

  /** The light-ground parts as they are, the rest blank. */
  OcrImage lightGround() {
    return keeping(false);
  }

  /** The dark-ground parts inverted, the rest blank. */
  OcrImage darkGroundInverted() {
    return keeping(true);
  }

  /**
   * The pixels of one ground, inverted if dark, and the rest filled with the median of those
   * pixels: their most common ground, so a kept button shows no edge against the fill (an edge
   * around a caption makes Tesseract's layout take the button for a picture).
   */
  private OcrImage keeping(boolean dark) {
    byte[] g = image.grey();
    byte[] out = new byte[g.length];
    int[] histogram = new int[256];
    int kept = 0;
    for (int i = 0; i < g.length; i++) {
      if (darkGround[i] == dark) {
        out[i] = dark ? (byte) ~g[i] : g[i];
        histogram[out[i] & 0xff]++;
        kept++;
      }
    }
    int fill = 0;
    for (int seen = histogram[0]; seen <= kept / 2 && fill < 255; seen += histogram[++fill]) {
      // walk to the median
    }
    for (int i = 0; i < g.length; i++) {
      if (darkGround[i] != dark) {
        out[i] = (byte) fill;
      }
    }
    return OcrImage.ofGrey(image.width(), image.height(), out);
  }
}

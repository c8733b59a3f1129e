package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.Region;

/**
 * Whether a changed band of the screen is the band before it moved up or down (a scroll, or a
 * block opening that pushes what follows down), by any distance: the shift that makes the two
 * look most alike is searched on the band's rows, then checked cell by cell in half pixels, since
 * a scaled-down scroll rarely moves a whole number of thumbnail pixels. The rows a shift brings
 * into view are new by nature and are not held against it.
 */
final class ShiftMatch {
  /** A cell still counts as explained when the shift leaves at most this share of its difference. */
  private static final double EXPLAINED_SHARE = 0.3;
  /** Share of the band's cells a shift may leave unexplained (compression noise, a scrollbar). */
  private static final double MAX_UNEXPLAINED = 0.08;
  /** A shift must keep this share of the band's rows in view on both frames. */
  private static final double MIN_OVERLAP = 0.35;
  /** A row of the band counts as matching when its mean difference stays under this (luma levels). */
  private static final double ROW_MATCH = 4.0;
  /** An in-place edit keeps at least this share of the rows with content (of the side with fewer). */
  private static final double IN_PLACE_ROWS = 0.4;
  /** Share of the rows an edit may change the other way (a hover tint on the row clicked). */
  private static final double EDIT_NOISE = 0.15;
  /** Luma range across a row above which the row shows content (text, a border). */
  private static final int CONTENT_CONTRAST = 24;

  /**
   * @param shift the vertical move in thumbnail pixels (positive: content moved down)
   * @param explained whether the move accounts for the band
   * @param revealed the rows the move brought into view (thumbnail pixels)
   */
  record Result(double shift, boolean explained, Region revealed) {}

  private final CellGrid grid;
  private final double cellThreshold;

  ShiftMatch(CellGrid grid, double cellThreshold) {
    this.grid = grid;
    this.cellThreshold = cellThreshold;
  }

  Result match(GreyFrame before, GreyFrame after, Region band) {
    int best = bestWholeShift(before, after, band);
    if (best == 0) {
      return new Result(0, false, null);
    }
    Result bestResult = null;
    double bestUnexplained = Double.POSITIVE_INFINITY;
    for (int half = 2 * best - 1; half <= 2 * best + 1; half++) {
      double unexplained = unexplainedShare(before, after, band, half);
      if (unexplained < bestUnexplained) {
        bestUnexplained = unexplained;
        bestResult = new Result(half / 2.0, unexplained <= MAX_UNEXPLAINED, revealed(band, half));
      }
    }
    return bestResult;
  }

  /**
   * Whether {@code after} is {@code before} edited in place: blocks opened (an accordion item, a
   * details row) or closed (a row filtered out) between rows that are otherwise kept in the same
   * order, pushing what follows down or pulling it up. The band's rows with content are aligned as
   * two sequences; an edit either opens or closes blocks inside the band, not both at once (that
   * would be content replaced), and keeps a good share of the rows.
   */
  boolean isInPlaceEdit(GreyFrame before, GreyFrame after, Region band) {
    int h = band.height();
    boolean[] contentA = new boolean[h];
    boolean[] contentB = new boolean[h];
    int rowsA = 0;
    int rowsB = 0;
    for (int r = 0; r < h; r++) {
      contentA[r] = hasContent(before, band, band.y() + r);
      contentB[r] = hasContent(after, band, band.y() + r);
      rowsA += contentA[r] ? 1 : 0;
      rowsB += contentB[r] ? 1 : 0;
    }
    if (rowsA == 0 || rowsB == 0) {
      return false;
    }
    // longest common subsequence of rows, counting only rows with content
    int[][] kept = new int[h + 1][h + 1];
    boolean[][] same = new boolean[h][h];
    for (int i = h - 1; i >= 0; i--) {
      for (int j = h - 1; j >= 0; j--) {
        same[i][j] = contentA[i] == contentB[j] && rowsMatch(before, after, band, band.y() + i, band.y() + j);
        int match = same[i][j] ? kept[i + 1][j + 1] + (contentA[i] ? 1 : 0) : -1;
        kept[i][j] = Math.max(match, Math.max(kept[i + 1][j], kept[i][j + 1]));
      }
    }
    // walk the alignment: rows with content left out between kept ones were closed (A) or opened (B)
    int closed = 0;
    int opened = 0;
    int pendingA = 0;
    int pendingB = 0;
    for (int i = 0, j = 0; i < h && j < h; ) {
      if (same[i][j] && kept[i][j] == kept[i + 1][j + 1] + (contentA[i] ? 1 : 0)) {
        if (contentA[i]) {
          closed += pendingA;
          opened += pendingB;
          pendingA = 0;
          pendingB = 0;
        }
        i++;
        j++;
      } else if (kept[i + 1][j] >= kept[i][j + 1]) {
        pendingA += contentA[i++] ? 1 : 0;
      } else {
        pendingB += contentB[j++] ? 1 : 0;
      }
    }
    int keptRows = kept[0][0];
    boolean oneWay = closed <= EDIT_NOISE * rowsA + 1 || opened <= EDIT_NOISE * rowsB + 1;
    return oneWay && keptRows >= IN_PLACE_ROWS * Math.min(rowsA, rowsB);
  }

  /**
   * Whether a row before is a row after, also when the content moved by a fraction of a
   * thumbnail pixel (then the row after lies between two rows before: quarter steps are tried).
   */
  private boolean rowsMatch(GreyFrame before, GreyFrame after, Region band, int rowBefore, int rowAfter) {
    byte[] a = before.luma();
    byte[] b = after.luma();
    int w = grid.width;
    boolean lastRow = rowBefore + 1 >= band.y() + band.height();
    for (int quarter = 0; quarter <= (lastRow ? 0 : 3); quarter++) {
      long sum = 0;
      for (int x = band.x(); x < band.x() + band.width(); x++) {
        int upper = a[rowBefore * w + x] & 0xff;
        int lower = lastRow ? upper : a[(rowBefore + 1) * w + x] & 0xff;
        sum += Math.abs(4 * (b[rowAfter * w + x] & 0xff) - (4 - quarter) * upper - quarter * lower);
      }
      if (sum / (4.0 * band.width()) <= ROW_MATCH) {
        return true;
      }
    }
    return false;
  }

  /** Whether a row of the band shows anything but a flat background. */
  private boolean hasContent(GreyFrame frame, Region band, int y) {
    byte[] luma = frame.luma();
    int w = grid.width;
    int min = 255;
    int max = 0;
    for (int x = band.x(); x < band.x() + band.width(); x++) {
      int v = luma[y * w + x] & 0xff;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return max - min > CONTENT_CONTRAST;
  }

  /** Mean absolute difference between row {@code rowBefore} of one frame and {@code rowAfter} of the other, across the band. */
  private double rowDifference(GreyFrame before, GreyFrame after, Region band, int rowBefore, int rowAfter) {
    byte[] a = before.luma();
    byte[] b = after.luma();
    int w = grid.width;
    long sum = 0;
    for (int x = band.x(); x < band.x() + band.width(); x++) {
      sum += Math.abs((b[rowAfter * w + x] & 0xff) - (a[rowBefore * w + x] & 0xff));
    }
    return sum / (double) band.width();
  }

  /** The whole-pixel shift with the least mean difference over the rows both frames show. */
  private int bestWholeShift(GreyFrame before, GreyFrame after, Region band) {
    int h = band.height();
    int minOverlap = Math.max(2, (int) Math.ceil(MIN_OVERLAP * h));
    byte[] a = before.luma();
    byte[] b = after.luma();
    int w = grid.width;
    double bestCost = Double.POSITIVE_INFINITY;
    int best = 0;
    double unshifted = 0;
    for (int dy = -(h - minOverlap); dy <= h - minOverlap; dy++) {
      long sum = 0;
      int count = 0;
      for (int y = band.y() + Math.max(0, dy); y < band.y() + h + Math.min(0, dy); y++) {
        int rowB = y * w;
        int rowA = (y - dy) * w;
        for (int x = band.x(); x < band.x() + band.width(); x += 2) {
          sum += Math.abs((b[rowB + x] & 0xff) - (a[rowA + x] & 0xff));
          count++;
        }
      }
      double cost = count == 0 ? Double.POSITIVE_INFINITY : sum / (double) count;
      if (dy == 0) {
        unshifted = cost;
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = dy;
      }
    }
    // a move must look clearly better than none
    return bestCost < 0.5 * unshifted ? best : 0;
  }

  /**
   * Share of the band's cells, among those both frames show, that still differ when {@code after}
   * is compared with {@code before} moved by {@code half} half pixels.
   */
  private double unexplainedShare(GreyFrame before, GreyFrame after, Region band, int half) {
    byte[] a = before.luma();
    byte[] b = after.luma();
    int w = grid.width;
    int lowShift = Math.floorDiv(half, 2);
    int highShift = Math.floorDiv(half + 1, 2);
    int cells = 0;
    int unexplained = 0;
    for (int c = 0; c < grid.cellCount(); c++) {
      int y0 = Math.max(grid.y0(c), band.y() + Math.max(0, highShift));
      int y1 = Math.min(grid.y1(c), band.y() + band.height() + Math.min(0, lowShift));
      int x0 = Math.max(grid.x0(c), band.x());
      int x1 = Math.min(grid.x1(c), band.x() + band.width());
      if (y1 - y0 < 2 || x1 - x0 < 2) {
        continue;
      }
      long shifted = 0;
      long plain = 0;
      for (int y = y0; y < y1; y++) {
        int rowLow = (y - lowShift) * w;
        int rowHigh = (y - highShift) * w;
        int row = y * w;
        for (int x = x0; x < x1; x++) {
          int twice = (a[rowLow + x] & 0xff) + (a[rowHigh + x] & 0xff);
          shifted += Math.abs(2 * (b[row + x] & 0xff) - twice);
          plain += 2L * Math.abs((b[row + x] & 0xff) - (a[row + x] & 0xff));
        }
      }
      int pixels = 2 * (y1 - y0) * (x1 - x0);
      cells++;
      double residual = shifted / (double) pixels;
      if (residual > cellThreshold && residual > EXPLAINED_SHARE * plain / (double) pixels) {
        unexplained++;
      }
    }
    return cells == 0 ? 1.0 : unexplained / (double) cells;
  }

  private static Region revealed(Region band, int half) {
    int rows = (Math.abs(half) + 1) / 2;
    int y = half > 0 ? band.y() : band.y() + band.height() - rows;
    return new Region(band.x(), y, band.width(), rows);
  }
}

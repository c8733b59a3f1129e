package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;

/**
 * Tells whether a change is the previous frame moved by a few pixels (a scroll or a pan): the
 * changed cells are compared again against the previous frame shifted vertically or horizontally,
 * in half-pixel steps because a scroll rarely moves a whole number of thumbnail pixels.
 */
final class ScrollCheck {
  /**
   * A changed cell counts as explained by a shift when the shift leaves at most this share of its
   * difference: interpolated half pixels never match a scaled-down scroll exactly, and on sharp
   * text the leftover can stay above the plain cell threshold.
   */
  private static final double EXPLAINED_SHARE = 0.3;

  private final CellGrid grid;
  private final SceneSettings settings;

  ScrollCheck(CellGrid grid, SceneSettings settings) {
    this.grid = grid;
    this.settings = settings;
  }

  boolean explainsByShift(GreyFrame before, GreyFrame after, FrameChange change) {
    double[] unshifted = new double[change.changedCells().length];
    residualArea(before, after, change, 0, 0, unshifted, Double.POSITIVE_INFINITY);
    // A shift explains the change when it leaves less than this; counting a shift's residual can
    // stop as soon as it reaches it, which spares most of the work on a real cut.
    double enough = Math.min(settings.minCutArea(), 0.5 * change.changedArea());
    for (int halfSteps = 1; halfSteps <= 2 * settings.maxScrollShift(); halfSteps++) {
      for (int sign = -1; sign <= 1; sign += 2) {
        int shift = sign * halfSteps;
        if (residualArea(before, after, change, 0, shift, unshifted, enough) < enough
            || residualArea(before, after, change, shift, 0, unshifted, enough) < enough) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Area of the cells that still differ when {@code after} is compared with {@code before} moved
   * by (dx2, dy2) half pixels; stops counting once it reaches {@code giveUpAt}. Without a shift,
   * it fills {@code unshifted} with each changed cell's difference instead.
   */
  private double residualArea(
      GreyFrame before,
      GreyFrame after,
      FrameChange change,
      int dx2,
      int dy2,
      double[] unshifted,
      double giveUpAt) {
    double frame = grid.width * (double) grid.height;
    int[] columnsA = shiftedIndexes(grid.width, Math.floorDiv(dx2, 2));
    int[] columnsB = shiftedIndexes(grid.width, Math.floorDiv(dx2 + 1, 2));
    int[] rowsA = shiftedIndexes(grid.height, Math.floorDiv(dy2, 2));
    int[] rowsB = shiftedIndexes(grid.height, Math.floorDiv(dy2 + 1, 2));
    byte[] a = before.luma();
    byte[] b = after.luma();
    int w = grid.width;
    double area = 0;
    boolean[] cells = change.changedCells();
    for (int c = 0; c < cells.length && area < giveUpAt; c++) {
      if (!cells[c]) {
        continue;
      }
      long sum = 0;
      for (int y = grid.y0(c); y < grid.y1(c); y++) {
        int rowA = rowsA[y] * w;
        int rowB = rowsB[y] * w;
        int row = y * w;
        for (int x = grid.x0(c); x < grid.x1(c); x++) {
          int shiftedTwice = (a[rowA + columnsA[x]] & 0xff) + (a[rowB + columnsB[x]] & 0xff);
          sum += Math.abs(2 * (b[row + x] & 0xff) - shiftedTwice);
        }
      }
      double residual = sum / (2.0 * grid.pixels(c));
      if (dx2 == 0 && dy2 == 0) {
        unshifted[c] = residual;
      } else if (residual > settings.cellThreshold() && residual > EXPLAINED_SHARE * unshifted[c]) {
        area += grid.pixels(c) / frame;
      }
    }
    return area;
  }

  /**
   * Where each of {@code size} positions reads from when moved by {@code shift} whole pixels,
   * clamped to the edge: two of these per axis give the half-pixel shift's interpolation.
   */
  private static int[] shiftedIndexes(int size, int shift) {
    int[] from = new int[size];
    for (int i = 0; i < size; i++) {
      from[i] = Math.max(0, Math.min(size - 1, i - shift));
    }
    return from;
  }
}

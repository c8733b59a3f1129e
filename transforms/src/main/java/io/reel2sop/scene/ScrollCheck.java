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
    double bestResidual = change.changedArea();
    for (int halfSteps = 1; halfSteps <= 2 * settings.maxScrollShift(); halfSteps++) {
      for (int sign = -1; sign <= 1; sign += 2) {
        int shift = sign * halfSteps;
        bestResidual =
            Math.min(bestResidual, residualArea(before, after, change, 0, shift, unshifted, bestResidual));
        bestResidual =
            Math.min(bestResidual, residualArea(before, after, change, shift, 0, unshifted, bestResidual));
      }
    }
    return bestResidual < Math.min(settings.minCutArea(), 0.5 * change.changedArea());
  }

  /**
   * Area of the cells that still differ when {@code after} is compared with {@code before} moved
   * by (dx, dy) half pixels; stops counting once {@code giveUpAbove} is passed. Without a shift,
   * it fills {@code unshifted} with each changed cell's difference instead.
   */
  private double residualArea(
      GreyFrame before,
      GreyFrame after,
      FrameChange change,
      int dx2,
      int dy2,
      double[] unshifted,
      double giveUpAbove) {
    double frame = grid.width * (double) grid.height;
    double area = 0;
    boolean[] cells = change.changedCells();
    for (int c = 0; c < cells.length && area <= giveUpAbove; c++) {
      if (!cells[c]) {
        continue;
      }
      long sum = 0;
      for (int y = grid.y0(c); y < grid.y1(c); y++) {
        for (int x = grid.x0(c); x < grid.x1(c); x++) {
          sum += Math.abs(2 * after.at(x, y) - shiftedTwice(before, x, y, dx2, dy2));
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

  /** Twice the luma of {@code f} at (x - dx2/2, y - dy2/2), interpolating half pixels. */
  private static int shiftedTwice(GreyFrame f, int x, int y, int dx2, int dy2) {
    int xa = clamp(x - Math.floorDiv(dx2, 2), f.width());
    int ya = clamp(y - Math.floorDiv(dy2, 2), f.height());
    int xb = clamp(x - Math.floorDiv(dx2 + 1, 2), f.width());
    int yb = clamp(y - Math.floorDiv(dy2 + 1, 2), f.height());
    return f.at(xa, ya) + f.at(xb, yb);
  }

  private static int clamp(int v, int size) {
    return v < 0 ? 0 : Math.min(v, size - 1);
  }
}

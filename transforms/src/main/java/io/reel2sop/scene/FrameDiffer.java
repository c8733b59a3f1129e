package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.Region;

/** Compares two thumbnails of the same size cell by cell. */
final class FrameDiffer {
  private final CellGrid grid;
  private final SceneSettings settings;
  private final double[] cellSums;

  FrameDiffer(CellGrid grid, SceneSettings settings) {
    this.grid = grid;
    this.settings = settings;
    this.cellSums = new double[grid.cellCount()];
  }

  FrameChange compare(GreyFrame before, GreyFrame after) {
    byte[] a = before.luma();
    byte[] b = after.luma();
    int w = grid.width;
    int n = w * grid.height;
    long sumA = 0, sumB = 0, sumSqB = 0, rawSum = 0;
    for (int i = 0; i < n; i++) {
      int va = a[i] & 0xff;
      int vb = b[i] & 0xff;
      sumA += va;
      sumB += vb;
      sumSqB += (long) vb * vb;
      rawSum += Math.abs(vb - va);
    }
    double meanB = sumB / (double) n;
    int offset = (int) Math.round((sumB - sumA) / (double) n);
    java.util.Arrays.fill(cellSums, 0);
    long compensatedSum = 0;
    for (int y = 0; y < grid.height; y++) {
      int rowCell = (y / grid.cellSize) * grid.cols;
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        int d = Math.abs((b[i] & 0xff) - (a[i] & 0xff) - offset);
        compensatedSum += d;
        cellSums[rowCell + x / grid.cellSize] += d;
      }
    }
    boolean[] changed = new boolean[grid.cellCount()];
    for (int c = 0; c < changed.length; c++) {
      changed[c] = cellSums[c] / grid.pixels(c) > settings.cellThreshold();
    }
    Region cellBox = grid.box(changed);
    double boxArea = cellBox == null ? 0 : cellBox.area() / (double) n;
    Region tight = cellBox == null ? null : tightBox(a, b, offset, changed, cellBox);
    double variance = Math.max(0, sumSqB / (double) n - meanB * meanB);
    return new FrameChange(
        after.time(),
        rawSum / (double) n,
        compensatedSum / (double) n,
        grid.area(changed),
        boxArea,
        changed,
        tight,
        Math.sqrt(variance));
  }

  /** The box of strongly changed pixels inside changed cells; the cell box if there are none. */
  private Region tightBox(byte[] a, byte[] b, int offset, boolean[] changed, Region cellBox) {
    int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
    for (int c = 0; c < changed.length; c++) {
      if (!changed[c]) {
        continue;
      }
      for (int y = grid.y0(c); y < grid.y1(c); y++) {
        for (int x = grid.x0(c); x < grid.x1(c); x++) {
          int i = y * grid.width + x;
          if (Math.abs((b[i] & 0xff) - (a[i] & 0xff) - offset) > settings.pixelThreshold()) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
          }
        }
      }
    }
    return maxX < 0 ? cellBox : new Region(minX, minY, maxX - minX + 1, maxY - minY + 1);
  }
}

package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.Region;

/** Compares two thumbnails of the same size cell by cell. */
final class FrameDiffer {
  private final CellGrid grid;
  private final SceneSettings settings;
  private final long[] cellSums;
  private final boolean compensateBrightness;

  /** Cells compared after taking out the change of the whole frame's brightness (a fade). */
  FrameDiffer(CellGrid grid, SceneSettings settings) {
    this(grid, settings, true);
  }

  /**
   * {@code compensateBrightness}: whether the change of the whole frame's mean brightness is taken
   * out before cells are compared (so a fade changes no cell); without it, a cell changes only
   * when its own pixels do, however much the rest of the frame brightened.
   */
  FrameDiffer(CellGrid grid, SceneSettings settings, boolean compensateBrightness) {
    this.grid = grid;
    this.settings = settings;
    this.cellSums = new long[grid.cellCount()];
    this.compensateBrightness = compensateBrightness;
  }

  FrameChange compare(GreyFrame before, GreyFrame after) {
    byte[] a = before.luma();
    byte[] b = after.luma();
    int w = grid.width;
    int n = w * grid.height;
    long sumA = 0, sumB = 0, sumSqB = 0, rawSum = 0;
    for (int y = 0; y < grid.height; y++) {
      // int sums per row let the JIT vectorise the loop; a row cannot overflow them
      int rowA = 0, rowB = 0, rowSqB = 0, rowRaw = 0;
      for (int i = y * w, end = i + w; i < end; i++) {
        int va = a[i] & 0xff;
        int vb = b[i] & 0xff;
        rowA += va;
        rowB += vb;
        rowSqB += vb * vb;
        rowRaw += Math.abs(vb - va);
      }
      sumA += rowA;
      sumB += rowB;
      sumSqB += rowSqB;
      rawSum += rowRaw;
    }
    double meanB = sumB / (double) n;
    boolean[] changed = new boolean[grid.cellCount()];
    long compensatedSum = 0;
    Region tight = null;
    Region cellBox = null;
    // Identical frames (a static screen, about a third of a screen recording) change no cell.
    if (rawSum != 0) {
      int offset = compensateBrightness ? (int) Math.round((sumB - sumA) / (double) n) : 0;
      compensatedSum = sumCells(a, b, offset);
      for (int c = 0; c < changed.length; c++) {
        changed[c] = cellSums[c] / (double) grid.pixels(c) > settings.cellThreshold();
      }
      cellBox = grid.box(changed);
      tight = cellBox == null ? null : tightBox(a, b, offset, changed, cellBox);
    }
    double boxArea = cellBox == null ? 0 : cellBox.area() / (double) n;
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

  /** Fills {@link #cellSums} with each cell's brightness-compensated difference; returns their total. */
  private long sumCells(byte[] a, byte[] b, int offset) {
    java.util.Arrays.fill(cellSums, 0);
    int w = grid.width;
    int size = grid.cellSize;
    long total = 0;
    for (int y = 0; y < grid.height; y++) {
      int rowCell = (y / size) * grid.cols;
      int row = y * w;
      for (int x0 = 0, cell = rowCell; x0 < w; x0 += size, cell++) {
        int sum = 0;
        for (int i = row + x0, end = row + Math.min(w, x0 + size); i < end; i++) {
          sum += Math.abs((b[i] & 0xff) - (a[i] & 0xff) - offset);
        }
        cellSums[cell] += sum;
        total += sum;
      }
    }
    return total;
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

package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.Region;

/** Square cells over a thumbnail of fixed size; the last row and column may be partial. */
final class CellGrid {
  final int width;
  final int height;
  final int cellSize;
  final int cols;
  final int rows;

  CellGrid(int width, int height, int cellSize) {
    this.width = width;
    this.height = height;
    this.cellSize = cellSize;
    this.cols = (width + cellSize - 1) / cellSize;
    this.rows = (height + cellSize - 1) / cellSize;
  }

  boolean fits(GreyFrame f) {
    return f.width() == width && f.height() == height;
  }

  int cellCount() {
    return cols * rows;
  }

  int x0(int cell) {
    return (cell % cols) * cellSize;
  }

  int y0(int cell) {
    return (cell / cols) * cellSize;
  }

  int x1(int cell) {
    return Math.min(x0(cell) + cellSize, width);
  }

  int y1(int cell) {
    return Math.min(y0(cell) + cellSize, height);
  }

  int pixels(int cell) {
    return (x1(cell) - x0(cell)) * (y1(cell) - y0(cell));
  }

  /** Fraction of the frame the marked cells cover. */
  double area(boolean[] cells) {
    long px = 0;
    for (int c = 0; c < cells.length; c++) {
      if (cells[c]) {
        px += pixels(c);
      }
    }
    return px / (double) (width * height);
  }

  /** Bounding box of the marked cells in thumbnail pixels, null when none is marked. */
  Region box(boolean[] cells) {
    int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
    for (int c = 0; c < cells.length; c++) {
      if (cells[c]) {
        minX = Math.min(minX, x0(c));
        minY = Math.min(minY, y0(c));
        maxX = Math.max(maxX, x1(c));
        maxY = Math.max(maxY, y1(c));
      }
    }
    return maxX < 0 ? null : new Region(minX, minY, maxX - minX, maxY - minY);
  }

  /** A thumbnail-pixel region scaled to the video's pixels, rounded outwards. */
  Region toVideo(Region thumb, int videoWidth, int videoHeight) {
    double sx = videoWidth / (double) width;
    double sy = videoHeight / (double) height;
    int x0 = (int) Math.floor(thumb.x() * sx);
    int y0 = (int) Math.floor(thumb.y() * sy);
    int x1 = Math.min(videoWidth, (int) Math.ceil((thumb.x() + thumb.width()) * sx));
    int y1 = Math.min(videoHeight, (int) Math.ceil((thumb.y() + thumb.height()) * sy));
    return new Region(x0, y0, x1 - x0, y1 - y0);
  }
}

package io.reel2sop.scene;

import io.reel2sop.model.Region;

/**
 * How one frame differs from another on the cell grid.
 *
 * @param time time of the later frame
 * @param rawMean mean absolute luma difference
 * @param score mean absolute difference after removing the change of overall brightness, so that
 *     a uniform brightness or colour shift scores near zero
 * @param changedArea fraction of the frame covered by changed cells
 * @param boxArea fraction of the frame covered by the bounding box of the changed cells
 * @param changedCells which cells changed (row-major over the grid)
 * @param box tight box of the changed pixels in thumbnail pixels, null when nothing changed
 * @param contrast luma standard deviation of the later frame
 */
record FrameChange(
    double time,
    double rawMean,
    double score,
    double changedArea,
    double boxArea,
    boolean[] changedCells,
    Region box,
    double contrast) {

  boolean isQuiet(SceneSettings s) {
    return changedArea <= s.quietMaxArea() && rawMean <= s.quietMaxMean();
  }

  int changedCellCount() {
    int n = 0;
    for (boolean c : changedCells) {
      if (c) {
        n++;
      }
    }
    return n;
  }
}

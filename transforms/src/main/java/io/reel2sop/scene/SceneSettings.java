package io.reel2sop.scene;

import java.io.Serializable;

/**
 * The tunables of scene detection. Differences are mean absolute luma differences (0..255) on the
 * thumbnail; areas are fractions of the frame (0..1); times are seconds.
 *
 * @param thumbWidth width of the grey thumbnail the decoder produces (height keeps the aspect)
 * @param cellSize side of the square grid cells, in thumbnail pixels
 * @param cellThreshold mean difference above which a cell counts as changed
 * @param pixelThreshold difference above which a pixel counts for the tight changed box
 * @param minCutArea changed-cell area a cut needs
 * @param minCutBox area of the bounding box of changed cells a cut needs
 * @param minCutScore floor of the brightness-compensated mean difference of a cut frame
 * @param hardCutScore mean difference that is a cut whatever the changed area (film-like cut)
 * @param spikeWindow frames on each side a cut frame is compared with
 * @param spikeOutliers largest neighbours on each side left out of that comparison (a change
 *     painted over two or three frames must still stand out)
 * @param spikeRatio how many times its neighbours' mean difference a cut frame must reach
 * @param minCutGap shortest time between two cuts; closer candidates merge into the first
 * @param settleSeconds how long the screen must stay unchanged to count as settled
 * @param quietMaxArea changed area still counted as "unchanged" (caret, cursor)
 * @param quietMaxMean mean difference still counted as "unchanged"
 * @param maxScrollShift largest shift, in thumbnail pixels, tried to explain a change as a scroll
 * @param blankMaxSd luma standard deviation under which a frame is blank (black card, empty page)
 * @param contentMinSd luma standard deviation from which a frame shows content
 * @param revealSeconds how long content may take to appear on a settled blank screen to be a cut
 * @param localMaxArea largest changed area of a frame that is a local change
 * @param localMergeGap activity in the same area within this time is one local change
 */
public record SceneSettings(
    int thumbWidth,
    int cellSize,
    double cellThreshold,
    int pixelThreshold,
    double minCutArea,
    double minCutBox,
    double minCutScore,
    double hardCutScore,
    int spikeWindow,
    int spikeOutliers,
    double spikeRatio,
    double minCutGap,
    double settleSeconds,
    double quietMaxArea,
    double quietMaxMean,
    int maxScrollShift,
    double blankMaxSd,
    double contentMinSd,
    double revealSeconds,
    double localMaxArea,
    double localMergeGap) implements Serializable {

  public SceneSettings {
    if (thumbWidth < 16 || cellSize < 2 || spikeWindow < 1 || spikeOutliers >= spikeWindow) {
      throw new IllegalArgumentException("inconsistent scene settings");
    }
  }

  public static SceneSettings defaults() {
    return new SceneSettings(
        192, 16, 3.0, 16, 0.25, 0.40, 2.0, 30.0, 3, 1, 3.0, 0.5, 0.4, 0.015, 1.0, 12, 12.0, 15.0,
        1.0, 0.20, 1.0);
  }
}

package io.reel2sop.pipeline.config;

import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Tunables of scene detection, one option per {@link io.reel2sop.scene.SceneSettings} component.
 * Defaults come from {@code config/reel2sop.properties}; {@link RunSettingsFactory} binds every
 * option here to the component of the same name.
 */
public interface SceneOptions extends PipelineOptions {
  @Description("Scene detection: width of the grey thumbnail the decoder produces (height keeps the aspect).")
  Integer getSceneThumbWidth();

  void setSceneThumbWidth(Integer value);

  @Description("Scene detection: side of the square grid cells, in thumbnail pixels.")
  Integer getSceneCellSize();

  void setSceneCellSize(Integer value);

  @Description("Scene detection: mean difference above which a cell counts as changed.")
  Double getSceneCellThreshold();

  void setSceneCellThreshold(Double value);

  @Description("Scene detection: difference above which a pixel counts for the tight changed box.")
  Integer getScenePixelThreshold();

  void setScenePixelThreshold(Integer value);

  @Description("Scene detection: changed-cell area a cut needs.")
  Double getSceneMinCutArea();

  void setSceneMinCutArea(Double value);

  @Description("Scene detection: area of the bounding box of changed cells a cut needs.")
  Double getSceneMinCutBox();

  void setSceneMinCutBox(Double value);

  @Description("Scene detection: floor of the brightness-compensated mean difference of a cut frame.")
  Double getSceneMinCutScore();

  void setSceneMinCutScore(Double value);

  @Description("Scene detection: mean difference that is a cut whatever the changed area (film-like cut).")
  Double getSceneHardCutScore();

  void setSceneHardCutScore(Double value);

  @Description("Scene detection: frames on each side a cut frame is compared with.")
  Integer getSceneSpikeWindow();

  void setSceneSpikeWindow(Integer value);

  @Description("Scene detection: largest neighbours on each side left out of that comparison (a change painted over two or three frames must still stand out).")
  Integer getSceneSpikeOutliers();

  void setSceneSpikeOutliers(Integer value);

  @Description("Scene detection: how many times its neighbours' mean difference a cut frame must reach.")
  Double getSceneSpikeRatio();

  void setSceneSpikeRatio(Double value);

  @Description("Scene detection: shortest time between two cuts; closer candidates merge into the first.")
  Double getSceneMinCutGap();

  void setSceneMinCutGap(Double value);

  @Description("Scene detection: how long the screen must stay unchanged to count as settled.")
  Double getSceneSettleSeconds();

  void setSceneSettleSeconds(Double value);

  @Description("Scene detection: changed area still counted as \"unchanged\" (caret, cursor).")
  Double getSceneQuietMaxArea();

  void setSceneQuietMaxArea(Double value);

  @Description("Scene detection: mean difference still counted as \"unchanged\".")
  Double getSceneQuietMaxMean();

  void setSceneQuietMaxMean(Double value);

  @Description("Scene detection: largest shift, in thumbnail pixels, tried to explain a change as a scroll.")
  Integer getSceneMaxScrollShift();

  void setSceneMaxScrollShift(Integer value);

  @Description("Scene detection: luma standard deviation under which a frame is blank (black card, empty page).")
  Double getSceneBlankMaxSd();

  void setSceneBlankMaxSd(Double value);

  @Description("Scene detection: luma standard deviation from which a frame shows content.")
  Double getSceneContentMinSd();

  void setSceneContentMinSd(Double value);

  @Description("Scene detection: how long content may take to appear on a settled blank screen to be a cut.")
  Double getSceneRevealSeconds();

  void setSceneRevealSeconds(Double value);

  @Description("Scene detection: largest changed area of a frame that is a local change.")
  Double getSceneLocalMaxArea();

  void setSceneLocalMaxArea(Double value);

  @Description("Scene detection: activity in the same area within this time is one local change.")
  Double getSceneLocalMergeGap();

  void setSceneLocalMergeGap(Double value);
}

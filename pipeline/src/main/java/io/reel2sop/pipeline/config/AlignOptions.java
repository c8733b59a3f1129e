package io.reel2sop.pipeline.config;

import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Tunables of sentence splitting and step alignment, one option per {@link io.reel2sop.align.AlignSettings} component.
 * Defaults come from {@code config/reel2sop.properties}; {@link RunSettingsFactory} binds every
 * option here to the component of the same name.
 */
public interface AlignOptions extends PipelineOptions {
  @Description("Step alignment: a silence between words at least this long may end a sentence.")
  Double getAlignSentencePause();

  void setAlignSentencePause(Double value);

  @Description("Step alignment: a pause split is made only if both sides keep at least this many words.")
  Integer getAlignMinSentenceWords();

  void setAlignMinSentenceWords(Integer value);

  @Description("Step alignment: a cut may come this long before the sentence that caused it starts.")
  Double getAlignCutLeadTolerance();

  void setAlignCutLeadTolerance(Double value);

  @Description("Step alignment: a cut up to this long after a sentence ends is still that sentence's result.")
  Double getAlignMaxCauseGap();

  void setAlignMaxCauseGap(Double value);

  @Description("Step alignment: later cuts within this long of the previous one belong to the same action (a loading screen, then the page).")
  Double getAlignCutChain();

  void setAlignCutChain(Double value);

  @Description("Step alignment: a cut changing at least this fraction of the screen gets no highlight.")
  Double getAlignFullScreenScore();

  void setAlignFullScreenScore(Double value);

  @Description("Step alignment: a step without a cut is shown this long after its sentence ends.")
  Double getAlignAfterSpeech();

  void setAlignAfterSpeech(Double value);

  @Description("Step alignment: a local change (typing, hover) is shown this long after it stops.")
  Double getAlignLocalSettle();

  void setAlignLocalSettle(Double value);

  @Description("Step alignment: a recording with neither speech nor cuts is shown at this time.")
  Double getAlignStartShot();

  void setAlignStartShot(Double value);

  @Description("Step alignment: screenshots stay at least this far before the end of the recording.")
  Double getAlignEndMargin();

  void setAlignEndMargin(Double value);
}

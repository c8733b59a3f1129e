package io.reel2sop.pipeline.config;

import io.reel2sop.speech.VoskTranscriber;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;

/**
 * Everything a user can set. The tunables ({@link SceneOptions}, {@link AlignOptions}) have no
 * {@code @Default} on purpose: their defaults live in {@code config/reel2sop.properties}, which
 * {@link ConfigDefaults} applies before parsing, so there is one readable place for them.
 */
public interface Reel2SopOptions extends SceneOptions, AlignOptions {
  @Description("Recordings to process: a file, a folder (searched recursively) or a glob such as 'videos/**/*.mp4'.")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("Folder to write one SOP folder per recording into, plus report.json.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("A Vosk model folder to use instead of the bundled small US-English model.")
  String getModel();

  void setModel(String value);

  @Description("Where the bundled speech model is unpacked on first use (default ~/.cache/reel2sop).")
  String getModelCache();

  void setModelCache(String value);

  @Description("Use a transcript next to a recording (name.vtt or name.srt) instead of speech recognition.")
  @Default.Boolean(true)
  Boolean getSidecars();

  void setSidecars(Boolean value);

  @Description("Language tag written into the SOP's transcript.")
  @Default.String("en")
  String getLanguage();

  void setLanguage(String value);

  @Description(
      "Which recordings to redo: stale (no SOP, or one made from other content, version, model or settings; "
          + "a failure is not retried while its file is unchanged), failed (stale plus every earlier failure), "
          + "or all.")
  @Default.String("stale")
  String getReprocess();

  void setReprocess(String value);

  @Description(
      "Keep watching --input and turn each new or changed recording into a SOP as it lands (a streaming "
          + "job; stop it with Ctrl-C, or cancel it on the cluster).")
  @Default.Boolean(false)
  Boolean getWatch();

  void setWatch(Boolean value);

  @Description("With --watch: seconds between two looks at --input.")
  @Default.Integer(30)
  Integer getPollSeconds();

  void setPollSeconds(Integer value);

  @Description(
      "Length in seconds of the time chunks each recording is split into, so one long recording's "
          + "scenes and speech are worked on by all workers at once; 0 turns chunking off. The SOP is the "
          + "same whatever the length. The default is the recogniser window's: speech tasks are whole windows "
          + "and take the longest, so shorter scene chunks do not finish a recording sooner and only add "
          + "overlap to decode.")
  @Default.Double(VoskTranscriber.DEFAULT_WINDOW_SECONDS)
  Double getChunkSeconds();

  void setChunkSeconds(Double value);

  @Description(
      "Seconds of video and audio a chunk also reads before its start and after its end, for the context "
          + "of what it owns (a cut right at its start, a sentence running past its end).")
  @Default.Double(5)
  Double getChunkOverlapSeconds();

  void setChunkOverlapSeconds(Double value);

  @Description(
      "Seconds of a recording whose speech shares one Vosk recogniser. Each new recogniser spends about "
          + "1.5 s warming up, so longer windows cost less; speech tasks are whole windows (--chunkSeconds "
          + "rounded up to a multiple of this), so shorter ones spread one recording's speech over more "
          + "workers. Words can differ slightly with the window: it is part of the settings hash.")
  @Default.Double(VoskTranscriber.DEFAULT_WINDOW_SECONDS)
  Double getRecogniserWindowSeconds();

  void setRecogniserWindowSeconds(Double value);

  @Description("A properties file of tunables to use instead of config/reel2sop.properties.")
  String getConfig();

  void setConfig(String value);
}

package io.reel2sop.pipeline.config;

import io.reel2sop.speech.VoskTranscriber;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * What a user can set besides the tunables, each with what it does and its default; {@code --help}
 * lists them from here ({@link io.reel2sop.pipeline.cli.Usage}). The tunables of scene detection and
 * step alignment are not options of their own: they are the keys of the tunables file
 * ({@link Tunables}), written there once with their defaults.
 */
public interface Reel2SopOptions extends PipelineOptions {
  @Description(
      "Recordings to process: a file, a folder (searched recursively; hidden files and the output are "
          + "passed over), a glob such as 'videos/**/*.mp4', or a manifest (.csv with a header row "
          + "uri,title,owner,tags; or .jsonl/.ndjson lines such as {\"uri\": \"a.mp4\", \"title\": \"…\"}) "
          + "whose title, owner and tags go into the SOP. The same in a bucket: gs://bucket/prefix or "
          + "gs://bucket/prefix/**/*.mp4.")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description(
      "Where the SOPs go: a folder, or gs://bucket/prefix. One SOP folder per recording (sop.json, sop.md, "
          + "sop.html, transcript.vtt, images/; earlier SOPs under versions/), plus report.json and the "
          + "library index (index.html, index.json).")
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
  @Default.Enum("STALE")
  ReprocessMode getReprocess();

  void setReprocess(ReprocessMode value);

  @Description(
      "Secrets to black out on the screenshots (found by reading them) and to mask in every text: a comma "
          + "list of emails, phones, cards, or none. Words and patterns of your own go in the tunables "
          + "redactWords and redactPatterns; boxes in a SOP's edits.json. Part of the settings hash.")
  @Default.String("none")
  String getRedact();

  void setRedact(String value);

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
          + "same whatever the length. Speech is split by recogniser window instead (one task each); the "
          + "default is the window's length, so scene chunks come in pieces of the same size.")
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
      "Seconds of a recording whose speech shares one Vosk recogniser; each window is a speech task of its "
          + "own. Each new recogniser spends about 1.5 s warming up, so longer windows cost less work, and "
          + "shorter ones spread one recording's speech over more workers. Words can differ slightly with "
          + "the window: it is part of the settings hash (SOPs made with the earlier default of 600 stay "
          + "up to date only in runs that set 600).")
  @Default.Double(VoskTranscriber.DEFAULT_WINDOW_SECONDS)
  Double getRecogniserWindowSeconds();

  void setRecogniserWindowSeconds(Double value);

  @Description(
      "A properties file of tunables (the form of config/reel2sop.properties); the keys it sets override "
          + "the defaults, the others keep them.")
  String getConfig();

  void setConfig(String value);
}

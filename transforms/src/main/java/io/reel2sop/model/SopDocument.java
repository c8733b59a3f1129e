package io.reel2sop.model;

import java.util.List;

/**
 * The SOP contract: {@code sop.json} is this record serialised; Markdown, HTML and WebVTT are
 * renderings of it. Times are seconds from the start of the recording. Bump {@link #SCHEMA_VERSION}
 * on any rename or change of meaning; adding fields is compatible.
 */
public record SopDocument(
    int schemaVersion,
    RecordingInfo recording,
    ProducedBy producedBy,
    String title,
    String summary,
    List<Step> steps,
    List<SceneCut> scenes,
    TranscriptInfo transcript) {

  public static final int SCHEMA_VERSION = 1;

  public SopDocument {
    steps = List.copyOf(steps);
    scenes = List.copyOf(scenes);
  }

  /**
   * The recording as the SOP saw it. {@code sidecarFingerprint} is the hash of the sidecar
   * transcript used, or null. {@code sizeBytes} and {@code modifiedAt} let a rerun trust the
   * fingerprint of an unchanged file without reading it again. {@code metadata} is what a manifest
   * gave (title, owner, tags), or null.
   */
  public record RecordingInfo(
      String uri,
      String fingerprint,
      String sidecarFingerprint,
      long sizeBytes,
      String modifiedAt,
      double durationSeconds,
      int width,
      int height,
      double fps,
      boolean hasAudio,
      RecordingMetadata metadata) {}

  /** What produced this SOP, so a later run can tell whether it is out of date. */
  public record ProducedBy(
      String version, ModelInfo model, String settingsHash, String runner, String createdAt) {}

  /** The speech model (or sidecar) the transcript came from. */
  public record ModelInfo(String name, String version) {}

  /** The full timed transcript. {@code source}: vosk, sidecar or none. */
  public record TranscriptInfo(String language, String source, List<Word> words) {
    public TranscriptInfo {
      words = List.copyOf(words);
    }
  }
}

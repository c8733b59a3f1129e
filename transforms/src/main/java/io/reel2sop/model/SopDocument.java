package io.reel2sop.model;

import java.util.List;

/**
 * The SOP contract: {@code sop.json} is this record serialised; Markdown, HTML and WebVTT are
 * renderings of it. Times are seconds from the start of the recording. Bump {@link #SCHEMA_VERSION}
 * on any rename or change of meaning; adding fields is compatible.
 *
 * <p>Version 2 added, around the same flat list of steps: the {@code objective} (what the
 * recording sets out to do, from its introduction), the {@code tools} seen (the app on the
 * screen), {@code sections} grouping the steps by the page they happen on (steps also carry their
 * {@code number} in it, "2.1", and the {@code target} they acted on), and the
 * {@code expectedResult} (from the conclusion). Any of them may be null or empty.
 */
public record SopDocument(
    int schemaVersion,
    RecordingInfo recording,
    ProducedBy producedBy,
    String title,
    String summary,
    String objective,
    List<Tool> tools,
    List<Section> sections,
    List<Step> steps,
    String expectedResult,
    List<SceneCut> scenes,
    TranscriptInfo transcript) {

  public static final int SCHEMA_VERSION = 2;

  public SopDocument {
    tools = tools == null ? List.of() : List.copyOf(tools);
    sections = sections == null ? List.of() : List.copyOf(sections);
    steps = List.copyOf(steps);
    scenes = List.copyOf(scenes);
  }

  /** A document with steps only: no objective, tools, sections or expected result. */
  public SopDocument(int schemaVersion, RecordingInfo recording, ProducedBy producedBy, String title,
      String summary, List<Step> steps, List<SceneCut> scenes, TranscriptInfo transcript) {
    this(schemaVersion, recording, producedBy, title, summary, null, List.of(), List.of(), steps, null, scenes,
        transcript);
  }

  /** The same document with other steps (and the rest unchanged). */
  public SopDocument withSteps(List<Step> newSteps) {
    return new SopDocument(schemaVersion, recording, producedBy, title, summary, objective, tools, sections,
        newSteps, expectedResult, scenes, transcript);
  }

  /**
   * An application or site the recording works in. {@code source}: {@code "screen"} (its name as
   * the app shows it) or {@code "address"} (a web address seen on the screen).
   */
  public record Tool(String name, String source) {}

  /**
   * Consecutive steps on one page: section {@code number} (1, 2, ...), the page's {@code title}
   * as the screen shows it (null when none could be read), and its first and last step's index.
   */
  public record Section(int number, String title, int firstStep, int lastStep) {}

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

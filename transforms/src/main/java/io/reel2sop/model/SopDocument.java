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
 *
 * <p>{@code edits} is null for a SOP as reel2sop made it. A SOP a reviewer's {@code edits.json} was
 * applied to says which file (its hash, so a changed file makes the SOP stale), which edits found
 * their step and which did not ({@code orphaned}: shown to the reader as needing review). Documents
 * without it read as unedited.
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
    TranscriptInfo transcript,
    Edits edits) {

  public static final int SCHEMA_VERSION = 2;

  public SopDocument {
    tools = tools == null ? List.of() : List.copyOf(tools);
    sections = sections == null ? List.of() : List.copyOf(sections);
    steps = List.copyOf(steps);
    scenes = List.copyOf(scenes);
  }

  /** A document as reel2sop made it, without a reviewer's edits. */
  public SopDocument(int schemaVersion, RecordingInfo recording, ProducedBy producedBy, String title,
      String summary, String objective, List<Tool> tools, List<Section> sections, List<Step> steps,
      String expectedResult, List<SceneCut> scenes, TranscriptInfo transcript) {
    this(schemaVersion, recording, producedBy, title, summary, objective, tools, sections, steps, expectedResult,
        scenes, transcript, null);
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
        newSteps, expectedResult, scenes, transcript, edits);
  }

  /** The same document made at another time ({@code producedBy.createdAt}): rendered again, not re-analysed. */
  public SopDocument madeAt(String createdAt) {
    ProducedBy by = new ProducedBy(producedBy.version(), producedBy.model(), producedBy.settingsHash(),
        producedBy.runner(), createdAt);
    return new SopDocument(schemaVersion, recording, by, title, summary, objective, tools, sections, steps,
        expectedResult, scenes, transcript, edits);
  }

  /** The same document as a reviewer's edits left it: another title, summary, sections and steps. */
  public SopDocument edited(String newTitle, String newSummary, List<Section> newSections, List<Step> newSteps,
      Edits applied) {
    return new SopDocument(schemaVersion, recording, producedBy, newTitle, newSummary, objective, tools, newSections,
        newSteps, expectedResult, scenes, transcript, applied);
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

  /**
   * The reviewer's edits applied to this SOP: the {@code file} they came from (relative to the SOP
   * folder), its {@code hash} (SHA-256 of the whole file), the edits that found their step and those
   * that did not.
   */
  public record Edits(String file, String hash, List<EditResult> applied, List<EditResult> orphaned) {
    public Edits {
      applied = applied == null ? List.of() : List.copyOf(applied);
      orphaned = orphaned == null ? List.of() : List.copyOf(orphaned);
    }
  }

  /**
   * One edit of {@code edits.json} as it was applied: what it asks ({@code edit}, in words), the
   * number of the step it landed on (null for the title, or when orphaned), and for an orphaned edit
   * why it found no step.
   */
  public record EditResult(String edit, String step, String reason) {
    /** The edit in words, and why it found no step when it did not. */
    public String inWords() {
      return reason == null ? edit : edit + " \u2014 " + reason;
    }
  }

  /** The full timed transcript. {@code source}: vosk, sidecar or none. */
  public record TranscriptInfo(String language, String source, List<Word> words) {
    public TranscriptInfo {
      words = List.copyOf(words);
    }
  }
}

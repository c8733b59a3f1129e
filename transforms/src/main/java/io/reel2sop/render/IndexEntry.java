package io.reel2sop.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Word;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One SOP as the library index lists it: what to show, what to search, and where its files are.
 * Paths use {@code /} and are relative to the output root: {@code sopPath} is the SOP's folder
 * (e.g. {@code sales--new-lead}), {@code thumbnail} the first step's screenshot inside it, or null.
 * {@code transcriptText} is every transcript word joined by single spaces; {@code updated} is the
 * SOP's {@code producedBy.createdAt}. Absent values are null (texts) or 0 (numbers). {@code
 * changed} is set on a SOP that the last run changed (its {@code changes.json} says what), else null.
 */
public record IndexEntry(
    String sopPath,
    String title,
    String recordingUri,
    double durationSeconds,
    int steps,
    List<String> stepInstructions,
    String transcriptText,
    String thumbnail,
    ProducedBy producedBy,
    String updated,
    Change changed) {

  /** Title (case-insensitive, then exact), then folder: the order of index.json and index.html. */
  public static final Comparator<IndexEntry> ORDER =
      Comparator.comparing((IndexEntry e) -> e.title().toLowerCase(Locale.ROOT))
          .thenComparing(IndexEntry::title)
          .thenComparing(IndexEntry::sopPath);

  /**
   * A change the last run made to the SOP: when, in one line ({@code "2 steps reworded"}), and the
   * page that shows it ({@code <sopPath>/changes.html}).
   */
  public record Change(String at, String summary, String page) {}

  /** The same entry marked as changed by the last run. */
  public IndexEntry withChange(Change change) {
    return new IndexEntry(sopPath, title, recordingUri, durationSeconds, steps, stepInstructions, transcriptText,
        thumbnail, producedBy, updated, change);
  }

  /** The reel2sop version and speech model that wrote the SOP. */
  public record ProducedBy(String version, String modelName, String modelVersion) {}

  public IndexEntry {
    if (sopPath == null || sopPath.isBlank()) {
      throw new IllegalArgumentException("an index entry needs the SOP's folder");
    }
    title = title == null || title.isBlank() ? sopPath : title;
    stepInstructions =
        stepInstructions == null
            ? List.of()
            : stepInstructions.stream().map(s -> s == null ? "" : s).toList();
    transcriptText = transcriptText == null ? "" : transcriptText;
  }

  /**
   * The entry for the SOP in folder {@code sopPath} (relative to the output root, {@code
   * /}-separated).
   */
  public static IndexEntry of(String sopPath, SopDocument sop) {
    String folder = trimSlashes(sopPath);
    var recording = sop.recording();
    var by = sop.producedBy();
    var model = by == null ? null : by.model();
    List<Step> steps = sop.steps();
    return new IndexEntry(
        folder,
        sop.title(),
        recording == null ? null : recording.uri(),
        recording == null ? 0 : recording.durationSeconds(),
        steps.size(),
        steps.stream().map(Step::instruction).toList(),
        transcriptText(sop.transcript()),
        thumbnail(folder, steps),
        by == null
            ? null
            : new ProducedBy(
                by.version(),
                model == null ? null : model.name(),
                model == null ? null : model.version()),
        by == null ? null : by.createdAt(),
        null);
  }

  /** The link to the SOP's page, relative to the output root. */
  @JsonProperty("page")
  public String page() {
    return sopPath + "/sop.html";
  }

  /** The link to the SOP's PDF, relative to the output root. */
  @JsonProperty("pdf")
  public String pdf() {
    return sopPath + "/" + SopFiles.PDF;
  }

  private static String transcriptText(SopDocument.TranscriptInfo transcript) {
    if (transcript == null) {
      return "";
    }
    return transcript.words().stream()
        .map(Word::word)
        .filter(w -> w != null && !w.isBlank())
        .map(String::strip)
        .collect(Collectors.joining(" "));
  }

  /** The first step's screenshot (the first step that has one), or null. */
  private static String thumbnail(String folder, List<Step> steps) {
    return steps.stream()
        .filter(s -> s.screenshot() != null && s.screenshot().path() != null)
        .findFirst()
        .map(s -> folder + "/" + trimSlashes(s.screenshot().path()))
        .orElse(null);
  }

  private static String trimSlashes(String path) {
    return path.replace('\\', '/').replaceAll("^/+|/+$", "");
  }
}

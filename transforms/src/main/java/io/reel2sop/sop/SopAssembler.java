package io.reel2sop.sop;

import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Transcript;
import io.reel2sop.align.StepAligner;
import io.reel2sop.screen.ScreenReading;
import io.reel2sop.screen.ToolsSeen;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Puts the results of every stage together into the SOP contract, with a title and a summary. */
public final class SopAssembler {
  private SopAssembler() {}

  /** A SOP of steps only: no objective, tools, sections or expected result. */
  public static SopDocument assemble(
      ProbedRecording probed,
      double durationSeconds,
      SceneAnalysis scenes,
      Transcript transcript,
      List<Step> steps,
      SopDocument.ProducedBy producedBy) {
    return assemble(probed, durationSeconds, scenes, transcript,
        new StepAligner.Alignment(steps, "", ""), List.of(), producedBy);
  }

  /**
   * The SOP: its steps grouped by the page they happen on, the objective and expected result
   * stated by the narration's introduction and conclusion, the tools named on the screen.
   */
  public static SopDocument assemble(
      ProbedRecording probed,
      double durationSeconds,
      SceneAnalysis scenes,
      Transcript transcript,
      StepAligner.Alignment alignment,
      List<ScreenReading> readings,
      SopDocument.ProducedBy producedBy) {
    MediaInfo media = probed.media();
    var recording =
        new SopDocument.RecordingInfo(
            probed.recording().uri(),
            probed.fingerprint(),
            probed.recording().sidecarFingerprint(),
            probed.recording().sizeBytes(),
            probed.recording().modifiedAt(),
            durationSeconds,
            media.width(),
            media.height(),
            media.fps(),
            media.hasAudio(),
            probed.recording().metadata());
    RecordingMetadata metadata = probed.recording().metadata();
    String title =
        metadata != null && metadata.title() != null && !metadata.title().isBlank()
            ? metadata.title().strip()
            : titleFrom(probed.recording().uri());
    String objective = Framing.objective(alignment.introduction());
    Sections.Grouped grouped = Sections.of(alignment.steps(), readings);
    return new SopDocument(
        SopDocument.SCHEMA_VERSION,
        recording,
        producedBy,
        title,
        summary(objective, grouped.steps(), grouped.sections().size(), durationSeconds, transcript.source()),
        objective,
        ToolsSeen.in(readings),
        grouped.sections(),
        grouped.steps(),
        Framing.expectedResult(alignment.conclusion()),
        scenes.cuts(),
        new SopDocument.TranscriptInfo(transcript.language(), transcript.source(), transcript.words()));
  }

  /** "sales/new_lead-walkthrough.mp4" reads as "New lead walkthrough". */
  static String titleFrom(String uri) {
    String name = Path.of(uri).getFileName().toString().replaceFirst("\\.[^.]+$", "");
    String words = name.replaceAll("[_\\-.]+", " ").replaceAll("\\s+", " ").trim();
    if (words.isEmpty()) {
      return "Untitled procedure";
    }
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /** The summary of a document whose steps or sections changed (a reviewer's edits), worded as at first. */
  public static String summary(SopDocument sop) {
    String source = sop.transcript() == null ? "none" : sop.transcript().source();
    return summary(sop.objective(), sop.steps(), sop.sections().size(), sop.recording().durationSeconds(), source);
  }

  static String summary(String objective, List<Step> steps, int sectionCount, double durationSeconds,
      String transcriptSource) {
    String how =
        switch (transcriptSource == null ? "none" : transcriptSource) {
          case "vosk" -> "narrated";
          case "sidecar" -> "narrated (transcript supplied)";
          default -> "silent";
        };
    long total = Math.round(durationSeconds);
    String length = String.format("%d:%02d", total / 60, total % 60);
    String sections = sectionCount > 1 ? " in " + sectionCount + " sections" : "";
    String counted = String.format("%d step%s%s from a %s screen recording of %s.",
        steps.size(), steps.size() == 1 ? "" : "s", sections, how, length);
    if (objective != null) {
      return objective + " " + counted;
    }
    return steps.isEmpty() ? counted : counted + " It starts with: " + steps.get(0).instruction();
  }
}

package io.reel2sop.render;

import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.SopDocument.ProducedBy;
import io.reel2sop.model.SopDocument.RecordingInfo;
import io.reel2sop.model.SopDocument;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts about a recording and the run that produced its SOP, as short label/value pairs in
 * plain text, shared by the Markdown and HTML headers so both say the same thing.
 */
public final class RecordingFacts {

  /** One labelled fact, plain text (not yet escaped for any format). */
  public record Fact(String label, String value) {}

  private RecordingFacts() {}

  public static List<Fact> of(SopDocument document) {
    RecordingInfo recording = document.recording();
    List<Fact> facts = new ArrayList<>();
    if (recording != null && recording.metadata() != null) {
      RecordingMetadata metadata = recording.metadata();
      if (metadata.owner() != null && !metadata.owner().isBlank()) {
        facts.add(new Fact("Owner", metadata.owner().strip()));
      }
      if (!metadata.tags().isEmpty()) {
        facts.add(new Fact("Tags", String.join(", ", metadata.tags())));
      }
    }
    if (recording != null) {
      facts.add(new Fact("Recording", fileName(recording.uri())));
      facts.add(new Fact("Duration", TimeFormat.minutesSeconds(recording.durationSeconds())));
      if (recording.width() > 0 && recording.height() > 0) {
        facts.add(new Fact("Resolution", recording.width() + "×" + recording.height()));
      }
      if (recording.fps() > 0) {
        facts.add(new Fact("Frame rate", decimal(recording.fps()) + " fps"));
      }
      facts.add(new Fact("Audio", recording.hasAudio() ? "yes" : "no"));
    }
    facts.add(new Fact("Steps", Integer.toString(document.steps().size())));
    if (document.producedBy() != null) {
      facts.add(new Fact("Produced by", producedBy(document.producedBy())));
    }
    return facts;
  }

  /** {@code Duration: 2:05 · Resolution: 1920×1080 · ...} */
  public static String oneLine(SopDocument document) {
    return String.join(
        " · ", of(document).stream().map(f -> f.label() + ": " + f.value()).toList());
  }

  private static String producedBy(ProducedBy by) {
    List<String> parts = new ArrayList<>();
    parts.add("reel2sop " + nullToEmpty(by.version()));
    if (by.model() != null && by.model().name() != null && !by.model().name().isBlank()) {
      parts.add(("speech " + by.model().name() + " " + nullToEmpty(by.model().version())).strip());
    }
    if (by.runner() != null && !by.runner().isBlank()) {
      parts.add("on " + by.runner());
    }
    if (by.createdAt() != null && !by.createdAt().isBlank()) {
      parts.add(by.createdAt());
    }
    return String.join(", ", parts).strip();
  }

  /** The last path segment, percent-decoded when the text is a URI. */
  static String fileName(String uri) {
    if (uri == null) {
      return "";
    }
    String path = uri;
    try {
      String decoded = new URI(uri).getPath();
      if (decoded != null && !decoded.isEmpty()) {
        path = decoded;
      }
    } catch (URISyntaxException e) {
      // not a URI (a plain path with spaces, say): show it as written
    }
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** 30 → "30", 29.97002997 → "29.97". */
  private static String decimal(double value) {
    return BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

package io.reel2sop.pipeline.outcome;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.reel2sop.pipeline.discover.PassedOver;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * {@code report.json}: what a run processed, what failed and why. {@code changed}: SOPs this run
 * changed in a way a reader sees (each has a {@code changes.json}); {@code reRendered}: SOPs made
 * again from their generated SOP because the reviewer's edits changed, without analysing the
 * recording; {@code orphanedEdits}: reviewer's edits that find no step, over every SOP of the run.
 */
public record RunReport(
    String startedAt,
    String finishedAt,
    double wallSeconds,
    String runner,
    String input,
    String output,
    int recordings,
    int processed,
    int skipped,
    int failed,
    int changed,
    int reRendered,
    int orphanedEdits,
    double videoSecondsProcessed,
    List<RecordingOutcome> outcomes,
    List<PassedOver> passedOver) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** {@code passedOver}: files found in the input that are not recordings, with the reason. */
  static RunReport of(Instant started, String runner, String input, String output, List<RecordingOutcome> outcomes,
      List<PassedOver> passedOver) {
    Instant finished = Instant.now();
    List<RecordingOutcome> sorted = outcomes.stream().sorted(Comparator.comparing(RecordingOutcome::uri)).toList();
    int processed = count(sorted, RecordingOutcome.Status.PROCESSED);
    int skipped = count(sorted, RecordingOutcome.Status.SKIPPED);
    return new RunReport(
        started.toString(),
        finished.toString(),
        Duration.between(started, finished).toMillis() / 1000.0,
        runner,
        input,
        output,
        sorted.size(),
        processed,
        skipped,
        count(sorted, RecordingOutcome.Status.FAILED),
        (int) sorted.stream().filter(RecordingOutcome::changed).count(),
        (int) sorted.stream().filter(o -> o.status() == RecordingOutcome.Status.PROCESSED && o.revision() != null
            && o.revision().reRendered()).count(),
        sorted.stream().mapToInt(o -> o.orphanedEdits().size()).sum(),
        sorted.stream()
            .filter(o -> o.status() == RecordingOutcome.Status.PROCESSED)
            .mapToDouble(RecordingOutcome::durationSeconds)
            .sum(),
        sorted,
        passedOver.stream().sorted(Comparator.comparing(PassedOver::uri)).toList());
  }

  private static int count(List<RecordingOutcome> outcomes, RecordingOutcome.Status status) {
    return (int) outcomes.stream().filter(o -> o.status() == status).count();
  }

  String toJson() throws IOException {
    return JSON.writeValueAsString(this);
  }

  public static RunReport fromJson(String json) throws IOException {
    return JSON.readValue(json, RunReport.class);
  }
}

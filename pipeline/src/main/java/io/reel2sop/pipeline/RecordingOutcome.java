package io.reel2sop.pipeline;

/**
 * What happened to one recording in a run: one line of the console and of {@code report.json}.
 * {@code sopPath} is the SOP folder relative to the output root (null when it failed).
 */
public record RecordingOutcome(
    String id,
    String uri,
    Status status,
    String reason,
    int steps,
    double durationSeconds,
    String sopPath) {

  public enum Status {
    PROCESSED,
    FAILED
  }

  public static RecordingOutcome failed(String id, String uri, String reason) {
    return new RecordingOutcome(id, uri, Status.FAILED, reason, 0, 0, null);
  }

  public boolean succeeded() {
    return status == Status.PROCESSED;
  }
}

package io.reel2sop.pipeline.outcome;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.SopDocument;

/**
 * What happened to one recording in a run: one line of the console and of {@code report.json}.
 * {@code sopPath} is the SOP folder relative to the output root (null when there is no SOP). The
 * fingerprints say which content the outcome is about, so a failure is not retried while the file
 * stays the same.
 */
public record RecordingOutcome(
    String id,
    String uri,
    Status status,
    String reason,
    int steps,
    double durationSeconds,
    String sopPath,
    String fingerprint,
    String sidecarFingerprint,
    RecordingMetadata metadata,
    boolean fileFault) {

  public enum Status {
    PROCESSED,
    /** Its SOP is up to date; nothing was redone. */
    SKIPPED,
    FAILED
  }

  public static RecordingOutcome processed(Recording recording, int steps, double durationSeconds, String sopPath) {
    return new RecordingOutcome(recording.id(), recording.uri(), Status.PROCESSED, null, steps, durationSeconds,
        sopPath, recording.fingerprint(), recording.sidecarFingerprint(), recording.metadata(), false);
  }

  public static RecordingOutcome skipped(Recording recording, String reason, int steps, double durationSeconds) {
    return new RecordingOutcome(recording.id(), recording.uri(), Status.SKIPPED, reason, steps, durationSeconds,
        recording.id(), recording.fingerprint(), recording.sidecarFingerprint(), recording.metadata(), false);
  }

  /** {@code fileFault}: the recording itself is to blame, so the same file is not retried. */
  public static RecordingOutcome failed(Recording recording, String reason, boolean fileFault) {
    return new RecordingOutcome(recording.id(), recording.uri(), Status.FAILED, reason, 0, 0, null,
        recording.fingerprint(), recording.sidecarFingerprint(), recording.metadata(), fileFault);
  }

  /** A SOP just published. */
  public static RecordingOutcome published(ProbedRecording probed, SopDocument sop) {
    return processed(probed.recording(), sop.steps().size(), sop.recording().durationSeconds(), probed.id());
  }

  public static RecordingOutcome failed(Recording recording, StageFailure failure) {
    return failed(recording, failure.reason(), failure.fileFault());
  }

  /** Ended with a current SOP, made now or earlier. */
  public boolean succeeded() {
    return status != Status.FAILED;
  }
}

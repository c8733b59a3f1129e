package io.reel2sop.pipeline.outcome;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.SopDocument;
import java.util.List;

/**
 * What happened to one recording in a run: one line of the console and of {@code report.json}.
 * {@code sopPath} is the SOP folder relative to the output root (null when there is no SOP). The
 * fingerprints say which content the outcome is about, so a failure is not retried while the file
 * stays the same. {@code revision} says what the reviewer's edits and the change summary gave (null
 * when there is nothing to say: no edits, no SOP before).
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
    boolean fileFault,
    RevisionNote revision) {

  public enum Status {
    PROCESSED,
    /** Its SOP is up to date; nothing was redone. */
    SKIPPED,
    FAILED
  }

  public static RecordingOutcome processed(Recording recording, int steps, double durationSeconds, String sopPath) {
    return processed(recording, steps, durationSeconds, sopPath, null);
  }

  /** A SOP published, with what its review and change summary say. */
  public static RecordingOutcome processed(Recording recording, int steps, double durationSeconds, String sopPath,
      RevisionNote revision) {
    return new RecordingOutcome(recording.id(), recording.uri(), Status.PROCESSED, null, steps, durationSeconds,
        sopPath, recording.fingerprint(), recording.sidecarFingerprint(), recording.metadata(), false, revision);
  }

  public static RecordingOutcome skipped(Recording recording, String reason, int steps, double durationSeconds) {
    return skipped(recording, reason, steps, durationSeconds, null);
  }

  /** An up-to-date SOP, with the reviewer's edits that still find no step in it. */
  public static RecordingOutcome skipped(Recording recording, String reason, int steps, double durationSeconds,
      RevisionNote revision) {
    return new RecordingOutcome(recording.id(), recording.uri(), Status.SKIPPED, reason, steps, durationSeconds,
        recording.id(), recording.fingerprint(), recording.sidecarFingerprint(), recording.metadata(), false,
        revision);
  }

  /** {@code fileFault}: the recording itself is to blame, so the same file is not retried. */
  public static RecordingOutcome failed(Recording recording, String reason, boolean fileFault) {
    return new RecordingOutcome(recording.id(), recording.uri(), Status.FAILED, reason, 0, 0, null,
        recording.fingerprint(), recording.sidecarFingerprint(), recording.metadata(), fileFault, null);
  }

  /** A SOP just published. */
  public static RecordingOutcome published(ProbedRecording probed, SopDocument sop) {
    return processed(probed.recording(), sop.steps().size(), sop.recording().durationSeconds(), probed.id());
  }

  public static RecordingOutcome failed(Recording recording, StageFailure failure) {
    return failed(recording, failure.reason(), failure.fileFault());
  }

  /** The reviewer's edits that find no step in this recording's SOP. */
  public List<String> orphanedEdits() {
    return revision == null ? List.of() : revision.orphanedEdits();
  }

  /** Whether this run changed the SOP in a way a reader sees. */
  public boolean changed() {
    return revision != null && revision.changed() && status == Status.PROCESSED;
  }

  /** Ended with a current SOP, made now or earlier. */
  public boolean succeeded() {
    return status != Status.FAILED;
  }
}

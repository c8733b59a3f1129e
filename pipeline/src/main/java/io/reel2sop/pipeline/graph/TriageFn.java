package io.reel2sop.pipeline.graph;

import io.reel2sop.model.Recording;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.config.ReprocessMode;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.OutcomeLog;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.store.FailureLedger;
import io.reel2sop.pipeline.store.SopVersion;
import io.reel2sop.render.SopJson;
import io.reel2sop.storage.Fingerprints;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Decides per recording whether this run has work to do: it fingerprints the recording (and its
 * sidecar), compares with the current SOP and the failure ledger, and either passes it on or ends
 * it here as up to date (or as a known failure that is not retried).
 */
final class TriageFn extends DoFn<Recording, Recording> {
  static final TupleTag<Recording> TO_PROCESS = new TupleTag<>() {};
  static final TupleTag<RecordingOutcome> DECIDED = new TupleTag<>() {};

  private final RunSettings settings;

  TriageFn(RunSettings settings) {
    this.settings = settings;
  }

  @ProcessElement
  public void process(@Element Recording found, MultiOutputReceiver out) {
    Path root = Locations.path(settings.outputRoot());
    Optional<SopDocument> current = currentSop(root.resolve(found.id()));
    Recording recording;
    try {
      recording = fingerprinted(found, current);
    } catch (IOException unreadable) {
      out.get(TO_PROCESS).output(found); // the probe names the cause
      return;
    }
    ReprocessMode mode = settings.reprocess();
    if (mode == ReprocessMode.ALL) {
      out.get(TO_PROCESS).output(recording);
      return;
    }
    SopVersion wanted = SopVersion.wanted(recording, settings);
    if (current.isPresent() && wanted.staleReason(SopVersion.of(current.get())) == null) {
      SopDocument sop = current.get();
      decide(
          out,
          RecordingOutcome.skipped(recording, "up to date", sop.steps().size(), sop.recording().durationSeconds()));
      return;
    }
    if (mode == ReprocessMode.STALE) {
      Optional<FailureLedger.Entry> failedBefore =
          new FailureLedger(root).find(recording.id()).filter(e -> e.version().equals(wanted));
      if (failedBefore.isPresent()) {
        decide(
            out,
            RecordingOutcome.failed(
                recording,
                failedBefore.get().reason() + " (failed before on this same file; --reprocess=failed retries it)",
                true));
        return;
      }
    }
    out.get(TO_PROCESS).output(recording);
  }

  private void decide(MultiOutputReceiver out, RecordingOutcome outcome) {
    OutcomeLog.log(outcome, settings.runId(), settings.totalRecordings());
    out.get(DECIDED).output(outcome);
  }

  /**
   * The content hashes. An unchanged file (same size and modification time as its SOP recorded)
   * keeps the fingerprint in its SOP, so a nightly rerun does not read the whole library again.
   */
  private static Recording fingerprinted(Recording recording, Optional<SopDocument> current) throws IOException {
    String content = null;
    if (current.isPresent()) {
      SopDocument.RecordingInfo seen = current.get().recording();
      if (recording.sizeBytes() == seen.sizeBytes()
          && recording.modifiedAt() != null
          && Objects.equals(recording.modifiedAt(), seen.modifiedAt())
          && recording.uri().equals(seen.uri())) {
        content = seen.fingerprint();
      }
    }
    if (content == null) {
      content = Fingerprints.of(recording.uri());
    }
    String sidecar = recording.sidecarUri() == null ? null : Fingerprints.of(recording.sidecarUri());
    return recording.withFingerprints(content, sidecar);
  }

  /** The SOP published for this recording, if there is a readable one. */
  private static Optional<SopDocument> currentSop(Path folder) {
    Path json = folder.resolve("sop.json");
    if (!Files.isRegularFile(json)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SopJson.read(Files.readString(json)));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}

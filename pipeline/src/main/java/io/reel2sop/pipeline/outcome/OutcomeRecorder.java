package io.reel2sop.pipeline.outcome;

import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.store.FailureLedger;
import io.reel2sop.pipeline.store.SopVersion;
import io.reel2sop.storage.LocalMedia;
import io.reel2sop.storage.Locations;
import java.io.IOException;

/**
 * The end of a recording's work in this run: its console line, its failure remembered or forgotten
 * in the {@link FailureLedger}, and the downloaded copy of a bucket recording removed.
 */
public final class OutcomeRecorder {
  private final RunSettings settings;

  public OutcomeRecorder(RunSettings settings) {
    this.settings = settings;
  }

  public void record(RecordingOutcome outcome) {
    try {
      LocalMedia.release(outcome.uri());
    } catch (IOException e) {
      // only a scratch copy; the next download replaces it
    }
    remember(outcome);
    OutcomeLog.log(outcome, settings.runId(), settings.totalRecordings());
  }

  /**
   * Remembers a failure that is the file's own fault, and forgets it once the recording succeeds.
   * A storage or network failure is not remembered: the next run retries it.
   */
  private void remember(RecordingOutcome outcome) {
    FailureLedger ledger = new FailureLedger(Locations.path(settings.outputRoot()));
    try {
      if (outcome.status() == RecordingOutcome.Status.FAILED && outcome.fileFault()) {
        ledger.record(
            outcome.id(),
            new SopVersion(outcome.fingerprint(), outcome.sidecarFingerprint(), outcome.metadata(),
                settings.version(), settings.settingsHash()),
            outcome.reason());
      } else {
        ledger.clear(outcome.id());
      }
    } catch (IOException e) {
      OutcomeLog.warn("could not update the failure ledger for " + outcome.uri() + ": " + e.getMessage());
    }
  }
}

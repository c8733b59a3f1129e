package io.reel2sop.pipeline;

import io.reel2sop.storage.Locations;
import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Remembers this run's failures that are the file's own fault in the {@link FailureLedger}, and
 * forgets those that now succeeded. A storage or network failure is not remembered: the next run
 * retries it.
 */
final class UpdateLedgerFn extends DoFn<RecordingOutcome, RecordingOutcome> {
  private final RunSettings settings;

  UpdateLedgerFn(RunSettings settings) {
    this.settings = settings;
  }

  @ProcessElement
  public void process(@Element RecordingOutcome outcome, OutputReceiver<RecordingOutcome> out) throws IOException {
    FailureLedger ledger = new FailureLedger(Locations.path(settings.outputRoot()));
    if (outcome.status() == RecordingOutcome.Status.FAILED && outcome.fileFault()) {
      SopVersion version =
          new SopVersion(outcome.fingerprint(), outcome.sidecarFingerprint(), outcome.metadata(), settings.version(),
              settings.settingsHash());
      ledger.record(outcome.id(), version, outcome.reason());
    } else {
      ledger.clear(outcome.id());
    }
    out.output(outcome);
  }
}

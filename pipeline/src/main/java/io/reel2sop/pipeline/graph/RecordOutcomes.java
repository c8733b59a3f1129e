package io.reel2sop.pipeline.graph;

import io.reel2sop.pipeline.config.ProcessIdentity;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.OutcomeLog;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.pipeline.store.SopVersion;
import io.reel2sop.storage.LocalMedia;
import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * The one place a recording's outcome is recorded, however it ended: its console line, its counter,
 * its failure remembered in or cleared from the ledger, and the downloaded copy of a bucket
 * recording removed. The outcomes pass on unchanged.
 */
final class RecordOutcomes extends PTransform<PCollection<RecordingOutcome>, PCollection<RecordingOutcome>> {
  private final JobContext job;

  RecordOutcomes(JobContext job) {
    this.job = job;
  }

  @Override
  public PCollection<RecordingOutcome> expand(PCollection<RecordingOutcome> outcomes) {
    return outcomes.apply("Record", ParDo.of(new RecordFn(job))).setCoder(JsonCoder.of(RecordingOutcome.class));
  }

  private static final class RecordFn extends DoFn<RecordingOutcome, RecordingOutcome> {
    private final JobContext job;

    RecordFn(JobContext job) {
      this.job = job;
    }

    @ProcessElement
    public void process(@Element RecordingOutcome outcome, OutputReceiver<RecordingOutcome> out) {
      try {
        LocalMedia.release(outcome.uri());
      } catch (IOException e) {
        // only a scratch copy; the next download replaces it
      }
      updateLedger(outcome);
      OutcomeLog.log(outcome, job.settings().runId(), job.settings().totalRecordings());
      count(outcome);
      out.output(outcome);
    }

    /**
     * Remembers a failure that is the file's own fault, and forgets it once the recording is made
     * into a SOP, or fails for another reason. A storage or network failure is not remembered: the
     * next run retries it. An up-to-date SOP leaves the ledger as it is.
     */
    private void updateLedger(RecordingOutcome outcome) {
      RunSettings settings = job.settings();
      SopStore store = job.store();
      try {
        switch (outcome.status()) {
          case SKIPPED -> {}
          case PROCESSED -> store.ledger().forget(outcome.id());
          case FAILED -> {
            if (outcome.fileFault()) {
              store.ledger().remember(outcome.id(), new SopVersion(outcome.fingerprint(), outcome.sidecarFingerprint(),
                  outcome.metadata(), settings.version(), settings.settingsHash()), settings.settingsHashes(),
                  outcome.reason());
            } else {
              store.ledger().forget(outcome.id());
            }
          }
        }
      } catch (IOException e) {
        OutcomeLog.warn("could not update the failure ledger for " + outcome.uri() + ": " + e.getMessage());
      }
    }

    private void count(RecordingOutcome outcome) {
      switch (outcome.status()) {
        case SKIPPED -> RunMetrics.RECORDINGS_SKIPPED.inc();
        case PROCESSED -> RunMetrics.RECORDINGS_PROCESSED.inc();
        case FAILED -> RunMetrics.RECORDINGS_FAILED.inc();
      }
      if (!job.settings().clientProcess().equals(ProcessIdentity.current())) {
        RunMetrics.OUTCOMES_LOGGED_ELSEWHERE.inc();
      }
    }
  }
}

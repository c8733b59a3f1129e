package io.reel2sop.pipeline.graph;

import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.store.SopStore;
import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * {@code --watch}: rewrites the library index whenever a recording was made into a SOP, marking the
 * SOPs changed since the watch started.
 */
public final class UpdateIndex extends PTransform<PCollection<RecordingOutcome>, PCollection<Void>> {
  private final SopStore store;
  private final String watchingSince;

  /** {@code watchingSince}: when the watch started (ISO-8601). */
  public UpdateIndex(SopStore store, String watchingSince) {
    this.store = store;
    this.watchingSince = watchingSince;
  }

  @Override
  public PCollection<Void> expand(PCollection<RecordingOutcome> outcomes) {
    return outcomes.apply("Write", ParDo.of(new UpdateIndexFn(store, watchingSince)));
  }

  private static final class UpdateIndexFn extends DoFn<RecordingOutcome, Void> {
    private final SopStore store;
    private final String watchingSince;

    UpdateIndexFn(SopStore store, String watchingSince) {
      this.store = store;
      this.watchingSince = watchingSince;
    }

    @ProcessElement
    public void process(@Element RecordingOutcome outcome) throws IOException {
      if (outcome.status() == RecordingOutcome.Status.PROCESSED) {
        store.writeIndex(watchingSince);
      }
    }
  }
}

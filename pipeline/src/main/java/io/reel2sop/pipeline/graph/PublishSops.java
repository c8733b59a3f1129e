package io.reel2sop.pipeline.graph;

import io.reel2sop.model.Recording;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.pipeline.store.SopStore;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Publishes each staged SOP as soon as the last of its screenshot runs is in, or discards it if a
 * run failed: one outcome per recording.
 */
final class PublishSops extends PTransform<PCollection<KV<String, ShotRun>>, PCollection<RecordingOutcome>> {
  private final SopStore store;

  PublishSops(SopStore store) {
    this.store = store;
  }

  @Override
  public PCollection<RecordingOutcome> expand(PCollection<KV<String, ShotRun>> taken) {
    return taken
        .apply("CollectRuns", new CollectParts<>(JsonCoder.of(ShotRun.class), ShotRun::runs))
        .apply("Publish", ParDo.of(new PublishFn(store)))
        .setCoder(JsonCoder.of(RecordingOutcome.class));
  }

  private static final class PublishFn extends DoFn<KV<String, List<ShotRun>>, RecordingOutcome> {
    private final SopStore store;

    PublishFn(SopStore store) {
      this.store = store;
    }

    @ProcessElement
    public void process(@Element KV<String, List<ShotRun>> recording, OutputReceiver<RecordingOutcome> out) {
      long started = System.nanoTime();
      RecordingOutcome outcome = publish(recording.getValue());
      RunMetrics.WRITE_WORK_MILLIS.inc(RunMetrics.millisSince(started));
      out.output(outcome);
    }

    private RecordingOutcome publish(List<ShotRun> runs) {
      ShotRun run = runs.get(0);
      Recording recording = run.probed().recording();
      List<StageFailure> failed = runs.stream().map(ShotRun::failure).filter(f -> f != null).toList();
      if (!failed.isEmpty()) {
        store.discard(run.staged());
        return RecordingOutcome.failed(recording, failed.get(0));
      }
      try {
        store.publish(run.staged());
        return RecordingOutcome.processed(recording, run.steps(), run.durationSeconds(), run.probed().id(),
            run.revision());
      } catch (Exception e) {
        return RecordingOutcome.failed(recording, StageFailure.of(recording, SopBuilder.STAGE, e));
      }
    }
  }
}

package io.reel2sop.pipeline.graph;

import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.storage.LocalMedia;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Takes each run of screenshots into its staged SOP, with one decoder. Runs are separate elements
 * so that every worker slot has one to take: a slot left idle while one thread decodes would not
 * help, and on the DirectRunner its monitor would spin on it. A run that fails carries its failure
 * on to {@link PublishSops}.
 */
final class TakeScreenshots extends PTransform<PCollection<KV<String, ShotRun>>, PCollection<KV<String, ShotRun>>> {
  private final SopStore store;

  TakeScreenshots(SopStore store) {
    this.store = store;
  }

  @Override
  public PCollection<KV<String, ShotRun>> expand(PCollection<KV<String, ShotRun>> runs) {
    return runs
        .apply("Spread", Reshuffle.viaRandomKey())
        .apply("Take", ParDo.of(new TakeFn(store)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(ShotRun.class)));
  }

  private static final class TakeFn extends DoFn<KV<String, ShotRun>, KV<String, ShotRun>> {
    private final SopStore store;

    TakeFn(SopStore store) {
      this.store = store;
    }

    @ProcessElement
    public void process(@Element KV<String, ShotRun> element, OutputReceiver<KV<String, ShotRun>> out) {
      ShotRun run = element.getValue();
      long started = System.nanoTime();
      ShotRun taken = run;
      try {
        if (!run.shots().isEmpty()) {
          store.putScreenshots(run.staged(), run.shots(),
              shots -> ScreenshotGrabber.grab(LocalMedia.of(run.probed().recording().uri()), shots));
        }
      } catch (Exception e) {
        taken = run.failed(StageFailure.of(run.probed().recording(), SopBuilder.STAGE, e));
      }
      RunMetrics.SHOT_WORK_MILLIS.inc(RunMetrics.millisSince(started));
      out.output(KV.of(element.getKey(), taken));
    }
  }
}

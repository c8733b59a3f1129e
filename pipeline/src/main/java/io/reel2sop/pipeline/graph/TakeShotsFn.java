package io.reel2sop.pipeline.graph;

import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.storage.LocalMedia;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Takes one run of a recording's screenshots into its staged SOP folder, with one decoder. Runs
 * are separate elements so that every worker slot has one to take: a slot left idle while one
 * thread decodes would not help, and on the DirectRunner its monitor would spin on it.
 */
final class TakeShotsFn extends DoFn<KV<String, ShotRun>, KV<String, ShotRun>> {

  @ProcessElement
  public void process(@Element KV<String, ShotRun> element, OutputReceiver<KV<String, ShotRun>> out) {
    ShotRun run = element.getValue();
    long started = System.nanoTime();
    ShotRun taken = run;
    try {
      List<ScreenshotGrabber.Shot> shots = run.toTake();
      if (!shots.isEmpty()) {
        ScreenshotGrabber.grab(LocalMedia.of(run.probed().recording().uri()), shots);
      }
    } catch (Exception e) {
      taken = run.failed(StageFailure.of(run.probed().recording(), SopWriter.STAGE, e));
    }
    RunMetrics.WRITE_WORK_MILLIS.inc((System.nanoTime() - started) / 1_000_000);
    out.output(KV.of(element.getKey(), taken));
  }
}

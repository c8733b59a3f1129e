package io.reel2sop.pipeline.graph;

import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.redact.EditsRedaction;
import io.reel2sop.redact.RedactBox;
import io.reel2sop.redact.RedactionRules;
import io.reel2sop.redact.ScreenshotRedactor;
import io.reel2sop.storage.LocalMedia;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
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
 *
 * <p>Each picture is redacted before it is written: the text the run's rules find by reading it,
 * and the boxes of the SOP's {@code edits.json}, are painted over.
 */
final class TakeScreenshots extends PTransform<PCollection<KV<String, ShotRun>>, PCollection<KV<String, ShotRun>>> {
  private final JobContext job;

  TakeScreenshots(JobContext job) {
    this.job = job;
  }

  @Override
  public PCollection<KV<String, ShotRun>> expand(PCollection<KV<String, ShotRun>> runs) {
    return runs
        .apply("Spread", Reshuffle.viaRandomKey())
        .apply("Take", ParDo.of(new TakeFn(job)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(ShotRun.class)));
  }

  private static final class TakeFn extends DoFn<KV<String, ShotRun>, KV<String, ShotRun>> {
    private final JobContext job;
    private transient OcrEngine ocr;

    TakeFn(JobContext job) {
      this.job = job;
    }

    @Setup
    public void setup() {
      if (!job.settings().redaction().isEmpty()) {
        ocr = ScreenshotRedactor.openEngine();
      }
    }

    @Teardown
    public void teardown() {
      if (ocr != null) {
        ocr.close();
      }
    }

    @ProcessElement
    public void process(@Element KV<String, ShotRun> element, OutputReceiver<KV<String, ShotRun>> out) {
      ShotRun run = element.getValue();
      long started = System.nanoTime();
      ShotRun taken = run;
      try {
        if (!run.shots().isEmpty()) {
          RedactionRules rules = job.settings().redaction();
          ScreenshotRedactor redactor = new ScreenshotRedactor(ocr, rules, reviewersBoxes(job.store(), run.probed().id()));
          job.store().putScreenshots(run.staged(), run.shots(),
              shots -> ScreenshotGrabber.grab(LocalMedia.of(run.probed().recording().uri()), shots, redactor));
        }
      } catch (Exception e) {
        taken = run.failed(StageFailure.of(run.probed().recording(), SopBuilder.STAGE, e));
      }
      RunMetrics.SHOT_WORK_MILLIS.inc(RunMetrics.millisSince(started));
      out.output(KV.of(element.getKey(), taken));
    }
  }

  /** The redaction boxes of the SOP's {@code edits.json}; none without one. */
  static List<RedactBox> reviewersBoxes(SopStore store, String id) throws IOException {
    String edits = id + "/" + EditsRedaction.FILE;
    String json;
    try {
      json = store.readFile(edits);
    } catch (NoSuchFileException none) {
      return List.of();
    }
    try {
      return EditsRedaction.read(json);
    } catch (IllegalArgumentException e) {
      throw new IOException(store.locationOf(edits) + ": " + e.getMessage(), e);
    }
  }
}

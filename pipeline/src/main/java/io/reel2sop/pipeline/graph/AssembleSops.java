package io.reel2sop.pipeline.graph;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.Step;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Transcript;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.pipeline.store.StagedSop;
import io.reel2sop.scene.SceneChunks;
import io.reel2sop.screen.ScreenReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Stitches each recording's chunk results as soon as the last one is in, makes its SOP document
 * ({@link SopBuilder}) and stages it in the store with its texts; its screenshots leave as runs to
 * take ({@link #SHOT_RUNS}). A recording whose analysis failed ends here ({@link PassOrEnd#ENDED}).
 */
final class AssembleSops extends PTransform<PCollection<KV<String, ChunkResult>>, PCollectionTuple> {
  static final TupleTag<KV<String, ShotRun>> SHOT_RUNS = new TupleTag<>() {};

  private final JobContext job;

  AssembleSops(JobContext job) {
    this.job = job;
  }

  @Override
  public PCollectionTuple expand(PCollection<KV<String, ChunkResult>> results) {
    return results
        .apply("CollectChunks", new CollectParts<>(JsonCoder.of(ChunkResult.class), ChunkResult::tasks))
        .apply("Assemble", new PassOrEnd<>(new AssembleFn(job), SHOT_RUNS,
            KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(ShotRun.class))));
  }

  /**
   * OCR engines are heavy: opened in {@link #setup()}, one per thread the screen is read on. A
   * recording is assembled after all its chunks, so on the DirectRunner its screen is read on as
   * many threads as there are workers ({@link RunSettings#shotRuns()}), as its screenshots are.
   */
  private static final class AssembleFn extends DoFn<KV<String, List<ChunkResult>>, KV<String, ShotRun>> {
    private final JobContext job;
    private transient List<OcrEngine> ocr;

    AssembleFn(JobContext job) {
      this.job = job;
    }

    @Setup
    public void setup() {
      ocr = new ArrayList<>();
      for (int i = 0; i < job.settings().shotRuns(); i++) {
        ocr.add(OcrEngine.open());
      }
    }

    @Teardown
    public void teardown() {
      if (ocr != null) {
        ocr.forEach(OcrEngine::close);
      }
    }

    @ProcessElement
    public void process(@Element KV<String, List<ChunkResult>> recording, MultiOutputReceiver out) {
      long started = System.nanoTime();
      RecordingOutcome failed = assemble(new ArrayList<>(recording.getValue()), out.get(SHOT_RUNS));
      RunMetrics.ASSEMBLE_WORK_MILLIS.inc(RunMetrics.millisSince(started));
      if (failed != null) {
        out.get(PassOrEnd.ENDED).output(failed);
      }
    }

    /** Null when the SOP is staged and its screenshot runs went to {@code runs}; else why it failed. */
    private RecordingOutcome assemble(List<ChunkResult> parts, OutputReceiver<KV<String, ShotRun>> runs) {
      parts.sort(Comparator.comparing(ChunkResult::kind).thenComparingInt(p -> p.chunk().index()));
      ProbedRecording probed = parts.get(0).probed();
      Recording recording = probed.recording();
      List<StageFailure> failures =
          new ArrayList<>(parts.stream().map(ChunkResult::failure).filter(f -> f != null).toList());
      List<ChunkResult> sceneParts = ofKind(parts, ChunkTask.Kind.SCENES);
      SceneAnalysis scenes = null;
      if (sceneParts.stream().allMatch(p -> p.failure() == null)) {
        scenes = SceneChunks.stitch(sceneParts.stream().map(ChunkResult::scenes).toList());
        try {
          SceneStage.checkComplete(scenes, probed.media());
          RunMetrics.VIDEO_MILLIS.inc(Math.round(scenes.decodedSeconds() * 1000));
        } catch (Exception e) {
          failures.add(StageFailure.of(recording, "scene detection", e));
        }
      }
      if (!failures.isEmpty()) {
        String reason = failures.stream().map(StageFailure::reason).distinct().collect(Collectors.joining("; "));
        return RecordingOutcome.failed(recording, reason, failures.stream().anyMatch(StageFailure::fileFault));
      }
      Transcript transcript =
          TranscriptStage.stitch(ofKind(parts, ChunkTask.Kind.SPEECH).stream().map(ChunkResult::transcript).toList());
      try {
        SopDocument generated = new SopBuilder(job.settings()).build(probed, scenes, transcript, new ScreenReader(ocr));
        SopRevision revision = SopRevision.of(job.store(), probed.id(), generated, true,
            job.settings().redaction());
        StagedSop staged = revision.stage(job.store(), probed.id());
        SopDocument sop = revision.edited();
        List<Screenshot> shots = sop.steps().stream().map(Step::screenshot).toList();
        for (ShotRun run : ShotRun.plan(probed, staged, sop, shots, job.settings().shotRuns(), revision.note())) {
          runs.output(KV.of(probed.id(), run));
        }
        return null;
      } catch (Exception e) {
        return RecordingOutcome.failed(recording, StageFailure.of(recording, SopBuilder.STAGE, e));
      }
    }

    private static List<ChunkResult> ofKind(List<ChunkResult> parts, ChunkTask.Kind kind) {
      return parts.stream().filter(p -> p.kind() == kind).toList();
    }
  }
}

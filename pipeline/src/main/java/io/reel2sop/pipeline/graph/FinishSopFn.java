package io.reel2sop.pipeline.graph;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Transcript;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.OutcomeRecorder;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.scene.SceneChunks;
import io.reel2sop.screen.ScreenReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.state.BagState;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Collects the chunk results of each recording and, as soon as the last one is in, stitches them
 * and aligns the steps. A SOP staged under a local output root leaves as runs of screenshots to
 * take ({@link #SHOT_RUNS}); one for a bucket is published here. A recording that failed ends here
 * ({@link #ENDED}). Keyed state rather than a {@code GroupByKey}, so a recording moves on when its
 * own chunks are done instead of when the whole batch is (on runners that process keyed state as
 * it arrives, such as the DirectRunner and streaming Flink).
 */
final class FinishSopFn extends DoFn<KV<String, ChunkResult>, RecordingOutcome> {
  static final TupleTag<RecordingOutcome> ENDED = new TupleTag<>() {};
  static final TupleTag<KV<String, ShotRun>> SHOT_RUNS = new TupleTag<>() {};

  private final RunSettings settings;

  @StateId("results")
  private final StateSpec<BagState<ChunkResult>> resultsSpec = StateSpecs.bag(JsonCoder.of(ChunkResult.class));

  @StateId("received")
  private final StateSpec<ValueState<Integer>> receivedSpec = StateSpecs.value(VarIntCoder.of());

  private transient OcrEngine ocr;

  FinishSopFn(RunSettings settings) {
    this.settings = settings;
  }

  @Setup
  public void setup() {
    ocr = OcrEngine.open();
  }

  @Teardown
  public void teardown() {
    if (ocr != null) {
      ocr.close();
    }
  }

  @ProcessElement
  public void process(
      @Element KV<String, ChunkResult> element,
      @StateId("results") BagState<ChunkResult> results,
      @StateId("received") ValueState<Integer> received,
      MultiOutputReceiver out) {
    ChunkResult result = element.getValue();
    Integer before = received.read();
    int count = (before == null ? 0 : before) + 1;
    if (count < result.tasks()) {
      results.add(result);
      received.write(count);
      return;
    }
    List<ChunkResult> all = new ArrayList<>();
    results.read().forEach(all::add);
    all.add(result);
    results.clear();
    received.clear();
    long started = System.nanoTime();
    RecordingOutcome outcome = finish(all, out.get(SHOT_RUNS));
    RunMetrics.WRITE_WORK_MILLIS.inc((System.nanoTime() - started) / 1_000_000);
    if (outcome != null) {
      new OutcomeRecorder(settings).record(outcome);
      out.get(ENDED).output(outcome);
    }
  }

  /** The recording's outcome, or null when its screenshot runs went to {@code runs}. */
  private RecordingOutcome finish(List<ChunkResult> parts, OutputReceiver<KV<String, ShotRun>> runs) {
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
      SopWriter writer = new SopWriter(settings);
      SopDocument sop = writer.build(probed, scenes, transcript, new ScreenReader(ocr));
      if (!writer.stagesShared()) {
        writer.publishToBucket(probed, sop);
        return RecordingOutcome.published(probed, sop);
      }
      Path staged = writer.stageTexts(probed.id(), sop);
      for (ShotRun run : ShotRun.plan(probed, staged, SopWriter.shots(sop, staged), settings.shotRuns(),
          sop.steps().size(), sop.recording().durationSeconds())) {
        runs.output(KV.of(probed.id(), run));
      }
      return null;
    } catch (Exception e) {
      return RecordingOutcome.failed(recording, StageFailure.of(recording, SopWriter.STAGE, e));
    }
  }

  private static List<ChunkResult> ofKind(List<ChunkResult> parts, ChunkTask.Kind kind) {
    return parts.stream().filter(p -> p.kind() == kind).toList();
  }
}

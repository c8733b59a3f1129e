package io.reel2sop.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.media.MediaProbe;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.pipeline.config.Reel2SopOptions;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.config.RunSettingsFactory;
import io.reel2sop.pipeline.config.Tunables;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.store.FolderSopStore;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.screen.ScreenReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screenshots of a SOP taken in runs by different workers (real FFmpeg decoding of the bundled
 * sample), then published once the last run is in; a failed run leaves no SOP and no staged folder.
 */
class ScreenshotRunsTest {
  private static final Path SAMPLE = Path.of("../samples/new-lead-walkthrough.mp4").toAbsolutePath().normalize();

  @TempDir Path out;

  @Test
  void runsTakenOnTwoWorkersPublishOneCompleteSop() throws Exception {
    ProbedRecording probed = probed(SAMPLE.toString());
    SopDocument sop = build(probed);
    List<ShotRun> runs = plan(probed, sop);
    assertEquals(2, runs.size(), sop.steps().size() + " shots in 2 runs");

    run(runs, all -> {
      RecordingOutcome outcome = only(all);
      assertEquals(RecordingOutcome.Status.PROCESSED, outcome.status(), outcome.reason());
      return null;
    });

    for (Step step : sop.steps()) {
      Path png = out.resolve("sample").resolve(step.screenshot().path());
      assertTrue(Files.size(png) > 10_000, png + " written");
    }
    try (Stream<Path> files = Files.list(out.resolve("sample/images"))) {
      assertEquals(sop.steps().size(), files.count());
    }
    assertTrue(Files.isRegularFile(out.resolve("sample/sop.json")));
    assertTrue(Files.isRegularFile(out.resolve("sample/sop.html")));
    assertFalse(Files.exists(Path.of(runs.get(0).staged().location())), "nothing left staged");
  }

  @Test
  void aFailedRunLeavesNoSopAndNothingStaged() throws Exception {
    SopDocument sop = build(probed(SAMPLE.toString()));
    // the recording is gone by the time its screenshots are taken
    List<ShotRun> runs = plan(probed(out.resolve("gone.mp4").toString()), sop);

    run(runs, all -> {
      RecordingOutcome outcome = only(all);
      assertEquals(RecordingOutcome.Status.FAILED, outcome.status());
      assertTrue(outcome.uri().endsWith("gone.mp4") && outcome.reason().contains("file not found"), outcome.reason());
      return null;
    });

    assertFalse(Files.exists(out.resolve("sample")), "no SOP");
    assertFalse(Files.exists(Path.of(runs.get(0).staged().location())), "the staged folder is dropped");
  }

  private List<ShotRun> plan(ProbedRecording probed, SopDocument sop) throws Exception {
    return ShotRun.plan(probed, store().stage("sample", sop), sop, 2);
  }

  private void run(List<ShotRun> runs, SerializableFunction<Iterable<RecordingOutcome>, Void> check) {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=2").create());
    List<KV<String, ShotRun>> keyed = runs.stream().map(r -> KV.of("sample", r)).toList();
    PCollection<RecordingOutcome> outcomes =
        pipeline
            .apply(Create.of(keyed).withCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(ShotRun.class))))
            .apply(new TakeScreenshots(new JobContext(settings(), store())))
            .apply(new PublishSops(store()));
    PAssert.that(outcomes).satisfies(check);
    pipeline.run().waitUntilFinish();
  }

  private static RecordingOutcome only(Iterable<RecordingOutcome> outcomes) {
    List<RecordingOutcome> list = new ArrayList<>();
    outcomes.forEach(list::add);
    assertEquals(1, list.size(), "one outcome per recording: " + list);
    return list.get(0);
  }

  private SopStore store() {
    return new FolderSopStore(out.toString());
  }

  private RunSettings settings() {
    try {
      return RunSettingsFactory.from(
          PipelineOptionsFactory.fromArgs("--input=x", "--output=" + out).as(Reel2SopOptions.class),
          Tunables.values(null, Map.of()), 1, "run", "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SopDocument build(ProbedRecording probed) throws Exception {
    RunSettings settings = settings();
    try (OcrEngine ocr = OcrEngine.open()) {
      return new SopBuilder(settings).build(probed, noCuts(), transcript(), new ScreenReader(ocr));
    }
  }

  private static ProbedRecording probed(String uri) throws Exception {
    Recording recording = Recording.found("sample", uri, 1, "2026-11-27T00:00:00Z", null);
    return new ProbedRecording(recording, MediaProbe.probe(SAMPLE));
  }

  private static SceneAnalysis noCuts() {
    return new SceneAnalysis(List.of(), List.of(), List.of(), 930, 31);
  }

  /** Twenty short sentences, one every 1.5 s: twenty spoken steps. */
  private static Transcript transcript() {
    List<Utterance> utterances = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      double t = 1 + 1.5 * i;
      utterances.add(Utterance.ofWords(List.of(
          new Word("click", t, t + 0.3, 1.0), new Word("save", t + 0.35, t + 0.7, 1.0))));
    }
    return new Transcript("en", "vosk", utterances);
  }
}

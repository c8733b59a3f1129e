package io.reel2sop.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.pipeline.store.StagedSop;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** A SOP's screenshots split into runs for the workers: every shot once, in time order per run. */
class ShotRunTest {
  private static final StagedSop STAGED = new StagedSop("r", "/out/.reel2sop-staging/r-1");

  @Test
  void theRunsTakeEveryShotOnceEachRunInTimeOrder() {
    // steps whose screenshot times are not in step order
    SopDocument sop = sop(IntStream.range(0, 311).mapToObj(i -> (i * 37 % 311) * 3.9).toList());
    List<ShotRun> runs = plan(sop, 2);
    assertEquals(2, runs.size());
    List<Screenshot> all = new ArrayList<>();
    for (ShotRun run : runs) {
      assertEquals(2, run.runs());
      assertEquals(STAGED, run.staged());
      List<Screenshot> shots = run.shots();
      for (int i = 1; i < shots.size(); i++) {
        assertTrue(shots.get(i).time() >= shots.get(i - 1).time(), "each run in time order");
      }
      all.addAll(shots);
    }
    assertEquals(311, all.size());
    assertEquals(311, all.stream().map(Screenshot::path).distinct().count());
    assertTrue(runs.get(0).shots().get(155 - 1).time() <= runs.get(1).shots().get(0).time(), "consecutive stretches");
    assertEquals("images/step-001.png", runs.get(0).shots().stream()
        .filter(s -> s.time() == 0).findFirst().orElseThrow().path());
  }

  @Test
  void aFewShotsAreOneRunAndNoStepIsOneEmptyRun() {
    assertEquals(1, plan(sop(List.of(1.0, 2.0, 3.0)), 4).size());
    List<ShotRun> none = plan(sop(List.of()), 4);
    assertEquals(1, none.size());
    assertTrue(none.get(0).shots().isEmpty());
  }

  @Test
  void aRunSurvivesItsCoder() throws Exception {
    ShotRun run = plan(sop(List.of(1.0, 2.5)), 2).get(0)
        .failed(new StageFailure("r", "file:///r.mp4", SopBuilder.STAGE, "no picture near 2.50 s", true));
    JsonCoder<ShotRun> coder = JsonCoder.of(ShotRun.class);
    assertEquals(run, CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, run)));
  }

  private static List<ShotRun> plan(SopDocument sop, int maxRuns) {
    return ShotRun.plan(probed(), STAGED, sop, maxRuns);
  }

  private static ProbedRecording probed() {
    Recording recording = Recording.found("r", "file:///r.mp4", 1, "2026-11-27T00:00:00Z", null);
    return new ProbedRecording(recording, new MediaInfo(1213, 1280, 720, 30, true, "mp4", "h264", "aac"));
  }

  private static SopDocument sop(List<Double> shotTimes) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < shotTimes.size(); i++) {
      double t = shotTimes.get(i);
      steps.add(new Step(i + 1, "Click Save", "now I click save", t, t + 1,
          new Screenshot(String.format("images/step-%03d.png", i + 1), t), null, 0.9));
    }
    return new SopDocument(SopDocument.SCHEMA_VERSION,
        new SopDocument.RecordingInfo("file:///r.mp4", "sha256:1", null, 1, "2026-11-27T00:00:00Z", 1213, 1280, 720,
            30, true, null),
        new SopDocument.ProducedBy("test", new SopDocument.ModelInfo("m", "1"), "sha256:2", "DirectRunner", "now"),
        "Title", "Summary", steps, List.of(), new SopDocument.TranscriptInfo("en", "vosk", List.of()));
  }
}

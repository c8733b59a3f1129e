package io.reel2sop.pipeline.graph;

import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.pipeline.outcome.RevisionNote;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.pipeline.store.StagedSop;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of a staged SOP's screenshots (a consecutive stretch of them, one decoder's work), taken
 * by whichever worker gets it. {@code runs} is how many runs the SOP has, so the stage that
 * publishes it knows when it has every one; {@code steps} and {@code durationSeconds} are what the
 * published SOP reports, {@code revision} what its outcome says about the reviewer's edits and the
 * change summary (or null). {@code failure} is set when taking the run's screenshots failed.
 */
record ShotRun(
    ProbedRecording probed,
    StagedSop staged,
    int runs,
    List<Screenshot> shots,
    int steps,
    double durationSeconds,
    RevisionNote revision,
    StageFailure failure) {

  /** The runs of the SOP's screenshots: at most {@code maxRuns}, and one even when there is none. */
  static List<ShotRun> plan(ProbedRecording probed, StagedSop staged, SopDocument sop, int maxRuns) {
    return plan(probed, staged, sop, sop.steps().stream().map(Step::screenshot).toList(), maxRuns, null);
  }

  /**
   * The runs that take {@code toTake} (some or all of the SOP's screenshots; the rest are in the
   * staged SOP already): at most {@code maxRuns}, and one even when there is none.
   */
  static List<ShotRun> plan(ProbedRecording probed, StagedSop staged, SopDocument sop, List<Screenshot> toTake,
      int maxRuns, RevisionNote revision) {
    List<ScreenshotGrabber.Shot> all =
        toTake.stream().map(s -> new ScreenshotGrabber.Shot(s.time(), Path.of(s.path()))).toList();
    List<List<ScreenshotGrabber.Shot>> split = ScreenshotGrabber.runs(all, maxRuns);
    return split.stream()
        .map(run -> run.stream().map(s -> new Screenshot(s.target().toString(), s.time())).toList())
        .map(shots -> new ShotRun(probed, staged, split.size(), shots, sop.steps().size(),
            sop.recording().durationSeconds(), revision, null))
        .toList();
  }

  ShotRun failed(StageFailure why) {
    return new ShotRun(probed, staged, runs, shots, steps, durationSeconds, revision, why);
  }
}

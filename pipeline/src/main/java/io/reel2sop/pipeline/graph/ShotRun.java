package io.reel2sop.pipeline.graph;

import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.pipeline.outcome.StageFailure;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of a recording's screenshots (a consecutive stretch of them, one decoder's work), taken
 * by whichever worker gets it into the SOP folder {@code staged} under the output root, where the
 * SOP's texts are already written. {@code steps} and {@code durationSeconds} are what the published
 * SOP reports. {@code failure} is set when taking the run's screenshots failed.
 */
public record ShotRun(
    ProbedRecording probed,
    String staged,
    int runs,
    List<Shot> shots,
    int steps,
    double durationSeconds,
    StageFailure failure) {

  /** A screenshot to take: its time and its file, relative to the staged folder. */
  record Shot(double time, String file) {}

  /**
   * The runs of the screenshots {@code all} (files in {@code staged}): at most {@code maxRuns},
   * and one even when there is none.
   */
  static List<ShotRun> plan(
      ProbedRecording probed, Path staged, List<ScreenshotGrabber.Shot> all, int maxRuns, int steps, double duration) {
    List<List<ScreenshotGrabber.Shot>> split = ScreenshotGrabber.runs(all, maxRuns);
    return split.stream()
        .map(run -> run.stream().map(s -> new Shot(s.time(), staged.relativize(s.target()).toString())).toList())
        .map(shots -> new ShotRun(probed, staged.toString(), split.size(), shots, steps, duration, null))
        .toList();
  }

  /** The run's screenshots, in time order. */
  List<ScreenshotGrabber.Shot> toTake() {
    return shots.stream().map(s -> new ScreenshotGrabber.Shot(s.time(), stagedFolder().resolve(s.file()))).toList();
  }

  Path stagedFolder() {
    return Path.of(staged);
  }

  ShotRun failed(StageFailure why) {
    return new ShotRun(probed, staged, runs, shots, steps, durationSeconds, why);
  }
}

package io.reel2sop.pipeline;

import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.SopDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One run of a recording's screenshots (a consecutive stretch of them, one decoder's work), taken
 * by whichever worker gets it into the SOP folder {@code staged} under the output root. Every run
 * carries the SOP, so the worker that receives the last one can publish it. {@code failure} is set
 * when taking the run's screenshots failed.
 */
record ShotRun(ProbedRecording probed, SopDocument sop, String staged, int index, int runs, StageFailure failure) {

  /** The runs of {@code sop}'s screenshots: at most {@code maxRuns}, and one even with no step. */
  static List<ShotRun> plan(ProbedRecording probed, SopDocument sop, Path staged, int maxRuns) {
    int runs = ScreenshotGrabber.runs(SopWriter.shots(sop, staged), maxRuns).size();
    return IntStream.range(0, runs)
        .mapToObj(i -> new ShotRun(probed, sop, staged.toString(), i, runs, null))
        .toList();
  }

  List<ScreenshotGrabber.Shot> shots() {
    return ScreenshotGrabber.runs(SopWriter.shots(sop, stagedFolder()), runs).get(index);
  }

  Path stagedFolder() {
    return Path.of(staged);
  }

  ShotRun failed(StageFailure why) {
    return new ShotRun(probed, sop, staged, index, runs, why);
  }
}

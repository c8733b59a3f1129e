package io.reel2sop.align;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SceneCut;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.Step;
import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * Turns a recording's speech and scene changes into numbered steps: one step per spoken sentence,
 * shown at the screen its action led to, plus one step per scene change nobody spoke about.
 */
public final class StepAligner {

  static final String OPENING_INSTRUCTION = "Start on this screen.";

  private final InstructionCleaner cleaner = new InstructionCleaner();
  private final UtteranceSplitter splitter = new UtteranceSplitter();

  /** One moment that becomes a step: a sentence (with the cuts it caused) or an unexplained cut. */
  private record Moment(double start, Utterance sentence, List<SceneCut> cuts) {}

  public List<Step> align(
      Transcript transcript, SceneAnalysis scenes, double durationSeconds, AlignSettings settings) {
    List<Utterance> sentences =
        splitter.split(transcript, settings).stream()
            .filter(s -> !cleaner.clean(s.text()).isEmpty() && !cleaner.isFillerOnly(s.text()))
            .toList();
    double duration = knownDuration(durationSeconds, sentences, scenes);
    List<SceneCut> cuts =
        scenes.cuts().stream()
            .filter(c -> c.time() >= 0 && c.time() <= duration)
            .sorted(Comparator.comparingDouble(SceneCut::time))
            .toList();
    CutAssignment assignment = CutAssignment.assign(sentences, cuts, settings);
    ShotPlanner planner = new ShotPlanner(cuts, scenes.localChanges(), duration, settings);

    List<Moment> moments = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      moments.add(new Moment(sentences.get(i).start(), sentences.get(i), assignment.bySentence().get(i)));
    }
    for (SceneCut cut : assignment.unexplained()) {
      moments.add(new Moment(cut.time(), null, List.of(cut)));
    }
    moments.sort(Comparator.comparingDouble(Moment::start));
    // Without narration nothing else shows the screen the recording opens on.
    if (sentences.isEmpty() && (moments.isEmpty() || moments.get(0).start() > settings.startShot())) {
      moments.add(0, new Moment(0, null, List.of()));
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < moments.size(); i++) {
      Moment moment = moments.get(i);
      double start = Math.min(Math.max(0, moment.start()), duration);
      double end = i + 1 < moments.size() ? Math.max(start, Math.min(moments.get(i + 1).start(), duration)) : duration;
      int index = i + 1;
      ShotPlanner.Shot shot = shotFor(moment, end, planner);
      Screenshot screenshot = new Screenshot(ScreenshotPaths.forStep(index, moments.size()), shot.time());
      steps.add(
          new Step(index, instructionFor(moment, cuts), narrationFor(moment), start, end, screenshot,
              shot.highlight(), confidenceFor(moment)));
    }
    return List.copyOf(steps);
  }

  private static ShotPlanner.Shot shotFor(Moment moment, double nextStart, ShotPlanner planner) {
    if (moment.sentence() == null && moment.cuts().isEmpty()) {
      return planner.atStart();
    }
    if (moment.cuts().isEmpty()) {
      return planner.afterSentence(moment.sentence(), nextStart);
    }
    double actionEnd = moment.sentence() == null ? moment.start() : moment.sentence().end();
    return planner.afterCuts(moment.cuts(), actionEnd, nextStart);
  }

  private String instructionFor(Moment moment, List<SceneCut> allCuts) {
    if (moment.sentence() != null) {
      return cleaner.clean(moment.sentence().text());
    }
    if (moment.cuts().isEmpty()) {
      return OPENING_INSTRUCTION;
    }
    // Screen 1 is the opening screen; the n-th cut leads to screen n + 1.
    int screen = allCuts.indexOf(moment.cuts().get(0)) + 2;
    return "Go to the next screen (screen " + screen + ").";
  }

  private static String narrationFor(Moment moment) {
    return moment.sentence() == null ? "" : moment.sentence().text().strip();
  }

  private static double confidenceFor(Moment moment) {
    if (moment.sentence() == null) {
      return 1.0;
    }
    return Math.max(0, Math.min(1, moment.sentence().meanConfidence()));
  }

  /** The given duration, or when it is unknown, the last moment anything was seen or heard. */
  private static double knownDuration(double durationSeconds, List<Utterance> sentences, SceneAnalysis scenes) {
    if (durationSeconds > 0 && Double.isFinite(durationSeconds)) {
      return durationSeconds;
    }
    return DoubleStream.of(
            sentences.stream().mapToDouble(Utterance::end).max().orElse(0),
            scenes.cuts().stream().mapToDouble(SceneCut::settledTime).max().orElse(0),
            scenes.localChanges().stream().mapToDouble(LocalChange::end).max().orElse(0))
        .max()
        .orElse(0);
  }
}

package io.reel2sop.align;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.Region;
import io.reel2sop.model.SceneCut;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the moment each step's screenshot shows and the box it highlights: once the step's action
 * has had its effect (the page loaded, the dialog fully in, the last key typed) and before the next
 * step's action begins.
 */
final class ShotPlanner {

  /** A screenshot time and the highlight on it (null when nothing in particular). */
  record Shot(double time, Region highlight) {}

  private final List<SceneCut> cuts;
  private final List<LocalChange> localChanges;
  private final double duration;
  private final AlignSettings settings;

  /** {@code cuts} in time order. */
  ShotPlanner(List<SceneCut> cuts, List<LocalChange> localChanges, List<StepSegmenter.Action> actions,
      double duration, AlignSettings settings) {
    this.cuts = cuts;
    this.localChanges =
        localChanges.stream().sorted(Comparator.comparingDouble(LocalChange::start)).toList();
    this.duration = duration;
    this.settings = settings;
  }

  /** The shot of {@code step}, followed by {@code next} (null for the last step). */
  Shot forStep(StepSegmenter.Span step, StepSegmenter.Span next, double stepEnd) {
    if (step.phrases().isEmpty() && step.actions().isEmpty()) {
      return atStart(next);
    }
    double limit = nextActionStart(step, next) - settings.endMargin();
    double from = step.start() - settings.cutLeadTolerance();
    double effect = step.actions().stream().mapToDouble(StepSegmenter.Action::settled).max().orElse(Double.NaN);
    // activity that starts once the next step is being narrated is that step's; after a new screen
    // nobody spoke about, what happens next on it is more unspoken work, not this step's result
    double nextNarrated = next == null ? limit : Math.min(limit, next.start());
    double activityUntil = step.phrases().isEmpty() ? Math.min(nextNarrated, effect + settings.localSettle()) : nextNarrated;
    List<LocalChange> activity = localChanges.stream()
        .filter(c -> c.region() != null && c.start() >= from && c.start() < activityUntil)
        .toList();
    double activityEnd = activity.stream().mapToDouble(LocalChange::end).max().orElse(Double.NaN);
    double time;
    if (!Double.isNaN(effect) || !Double.isNaN(activityEnd)) {
      time = Math.max(Double.isNaN(effect) ? 0 : effect,
          Double.isNaN(activityEnd) ? 0 : activityEnd + settings.localSettle());
    } else {
      double spokenEnd = step.phrases().get(step.phrases().size() - 1).end();
      time = spokenEnd + settings.afterSpeech();
    }
    return new Shot(clamp(Math.max(time, step.start()), limit), highlight(step, activity));
  }

  /** The opening screen, before anything happens. */
  private Shot atStart(StepSegmenter.Span next) {
    double limit = next == null ? duration : next.start();
    double time = Math.min(settings.startShot(), limit);
    for (LocalChange change : localChanges) {
      if (change.start() <= time && time <= change.end()) {
        time = change.end() + settings.localSettle();
      }
    }
    SceneCut firstCut = cuts.isEmpty() ? null : cuts.get(0);
    return new Shot(clamp(time, firstCut == null ? limit : Math.min(limit, firstCut.time() - settings.endMargin())), null);
  }

  /**
   * When the next step's action begins, at the latest: its first screen change or the start of its
   * narration, whichever comes first; the end of the recording after the last step.
   */
  private double nextActionStart(StepSegmenter.Span step, StepSegmenter.Span next) {
    if (next == null) {
      return duration;
    }
    double spoken = next.phrases().isEmpty() ? Double.POSITIVE_INFINITY : next.start();
    double seen = next.actions().isEmpty() ? Double.POSITIVE_INFINITY : next.actions().get(0).time();
    return Math.max(step.start(), Math.min(spoken, seen));
  }

  /** What the step acted on: where its local activity was, else what its action changed. */
  private Region highlight(StepSegmenter.Span step, List<LocalChange> activity) {
    if (!activity.isEmpty()) {
      return activity.stream().map(LocalChange::region).reduce(Region::union).orElseThrow();
    }
    for (int i = step.actions().size() - 1; i >= 0; i--) {
      StepSegmenter.Action action = step.actions().get(i);
      if (action.changed() != null && action.changed().area() > 0 && action.area() < settings.fullScreenScore()) {
        return action.changed();
      }
    }
    return null;
  }

  private double clamp(double time, double limit) {
    double latest = Math.max(0, Math.min(limit, duration - settings.endMargin()));
    return Math.max(0, Math.min(time, latest));
  }
}

package io.reel2sop.align;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.Region;
import io.reel2sop.model.SceneCut;
import io.reel2sop.model.Utterance;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the moment each step's screenshot shows and the box it highlights: a settled screen that
 * shows the result of the step's action, never one from after the next scene cut.
 */
final class ShotPlanner {

  /** A screenshot time and the highlight on it (null when nothing in particular). */
  record Shot(double time, Region highlight) {}

  private final List<SceneCut> cuts;
  private final List<LocalChange> localChanges;
  private final double duration;
  private final AlignSettings settings;

  /** {@code cuts} in time order. */
  ShotPlanner(List<SceneCut> cuts, List<LocalChange> localChanges, double duration, AlignSettings settings) {
    this.cuts = cuts;
    this.localChanges =
        localChanges.stream().sorted(Comparator.comparingDouble(LocalChange::start)).toList();
    this.duration = duration;
    this.settings = settings;
  }

  /**
   * A step whose action changed the scene: the screen once the last of its cuts settled, or, when
   * local activity (typing into the new page) follows soon after, the screen when it stopped.
   */
  Shot afterCuts(List<SceneCut> ownCuts, double actionEnd, double nextStepStart) {
    SceneCut last = ownCuts.get(ownCuts.size() - 1);
    double settled = Math.max(last.time(), last.settledTime());
    double limit = limitBefore(firstCutAfter(last.time()));
    double windowEnd =
        Math.min(Math.max(actionEnd, settled) + settings.maxCauseGap(), Math.min(nextStepStart, limit));
    List<LocalChange> activity = activityIn(settled, windowEnd);
    if (!activity.isEmpty()) {
      return new Shot(clamp(endOf(activity) + settings.localSettle(), limit), unionOf(activity));
    }
    return new Shot(clamp(settled, limit), cutHighlight(last));
  }

  /**
   * A spoken step with no scene cut: the end of the local activity during it (typing, a hover), or
   * shortly after the sentence ends; always before the next cut.
   */
  Shot afterSentence(Utterance sentence, double nextStepStart) {
    double from = sentence.start() - settings.cutLeadTolerance();
    double limit = limitBefore(firstCutAfter(from));
    double stepEnd = Math.max(nextStepStart, sentence.end());
    double windowEnd = Math.min(Math.min(sentence.end() + settings.maxCauseGap(), stepEnd), limit);
    List<LocalChange> activity = activityIn(from, windowEnd);
    double time =
        activity.isEmpty()
            ? Math.min(sentence.end() + settings.afterSpeech(), stepEnd)
            : endOf(activity) + settings.localSettle();
    Region highlight = activity.isEmpty() ? null : unionOf(activity);
    return new Shot(clamp(settledAt(time), limit), highlight);
  }

  /** The opening screen, once any activity around the first moments has stopped. */
  Shot atStart() {
    double time = Math.min(settings.startShot(), duration);
    for (LocalChange change : localChanges) {
      if (change.start() <= time && time <= change.end()) {
        time = change.end() + settings.localSettle();
      }
    }
    return new Shot(clamp(time, limitBefore(firstCutAfter(-1))), null);
  }

  private SceneCut firstCutAfter(double time) {
    return cuts.stream().filter(c -> c.time() > time).findFirst().orElse(null);
  }

  private double limitBefore(SceneCut nextCut) {
    double end = duration - settings.endMargin();
    return nextCut == null ? end : Math.min(end, nextCut.time() - settings.endMargin());
  }

  /**
   * Local changes starting in [from, to). Ones that began earlier are left out: a ticking clock or
   * a spinner that runs all along is not this step's action.
   */
  private List<LocalChange> activityIn(double from, double to) {
    return localChanges.stream()
        .filter(c -> c.region() != null && c.start() >= from && c.start() < to)
        .toList();
  }

  /** Moves a time that falls while a cut is still settling to when it settled. */
  private double settledAt(double time) {
    double settled = time;
    for (SceneCut cut : cuts) {
      if (cut.time() <= settled && settled < cut.settledTime()) {
        settled = cut.settledTime();
      }
    }
    return settled;
  }

  private Region cutHighlight(SceneCut cut) {
    Region changed = cut.changed();
    boolean wholeScreen = cut.score() >= settings.fullScreenScore();
    return changed == null || changed.area() == 0 || wholeScreen ? null : changed;
  }

  private static double endOf(List<LocalChange> activity) {
    return activity.stream().mapToDouble(LocalChange::end).max().orElseThrow();
  }

  private static Region unionOf(List<LocalChange> activity) {
    return activity.stream().map(LocalChange::region).reduce(Region::union).orElseThrow();
  }

  private double clamp(double time, double limit) {
    double latest = Math.max(0, Math.min(limit, duration - settings.endMargin()));
    return Math.max(0, Math.min(time, latest));
  }
}

package io.reel2sop.change;

import io.reel2sop.edit.StepMatcher;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What changed between a recording's previous SOP and its new one. Steps are paired old to new the
 * way edits find their steps ({@link StepMatcher}): a step starting within
 * {@link StepMatcher#TIME_TOLERANCE} seconds whose instruction or narration says much the same, the
 * best-agreeing pairs first, each step in at most one pair. A new step without a pair was added, an
 * old one removed; a pair with other words was reworded, one whose screenshot time differs by more
 * than {@link #SHOT_MOVED_SECONDS} had its screenshot moved.
 */
public final class SopDiff {
  static final double SHOT_MOVED_SECONDS = 0.1;

  private SopDiff() {}

  /** {@code at}: when the new SOP was made (ISO-8601). */
  public static SopChanges between(SopDocument previous, SopDocument next, boolean reanalysed, String at) {
    List<Pair> pairs = pairs(previous.steps(), next.steps());
    boolean[] oldPaired = new boolean[previous.steps().size()];
    boolean[] newPaired = new boolean[next.steps().size()];
    List<SopChanges.Reworded> reworded = new ArrayList<>();
    List<SopChanges.ScreenshotMoved> moved = new ArrayList<>();
    pairs.sort(Comparator.comparingInt(Pair::next));
    for (Pair pair : pairs) {
      oldPaired[pair.old] = true;
      newPaired[pair.next] = true;
      Step before = previous.steps().get(pair.old);
      Step after = next.steps().get(pair.next);
      if (!Objects.equals(before.instruction(), after.instruction())) {
        reworded.add(new SopChanges.Reworded(after.number(), after.start(), before.instruction(), after.instruction()));
      }
      if (before.screenshot() != null && after.screenshot() != null
          && Math.abs(before.screenshot().time() - after.screenshot().time()) > SHOT_MOVED_SECONDS) {
        moved.add(new SopChanges.ScreenshotMoved(after.number(), after.instruction(), before.screenshot().time(),
            after.screenshot().time()));
      }
    }
    SopDocument.Edits edits = next.edits();
    return new SopChanges(
        SopChanges.SCHEMA_VERSION,
        at,
        reanalysed,
        previous.producedBy(),
        next.producedBy(),
        Objects.equals(previous.title(), next.title()) ? null : new SopChanges.TitleChange(previous.title(), next.title()),
        unpaired(next.steps(), newPaired),
        unpaired(previous.steps(), oldPaired),
        reworded,
        moved,
        edits == null ? List.of() : edits.applied(),
        edits == null ? List.of() : edits.orphaned());
  }

  private record Pair(int old, int next, double score) {}

  /** The best-agreeing pairs first, each step in at most one. */
  private static List<Pair> pairs(List<Step> old, List<Step> next) {
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < old.size(); i++) {
      Step before = old.get(i);
      for (int j = 0; j < next.size(); j++) {
        Step after = next.get(j);
        double away = Math.abs(before.start() - after.start());
        double similar = StepMatcher.similarity(after, before.instruction(), before.narration());
        if (away <= StepMatcher.TIME_TOLERANCE && similar >= StepMatcher.MIN_SIMILARITY) {
          candidates.add(new Pair(i, j, StepMatcher.score(similar, away)));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Pair::score).reversed());
    boolean[] oldTaken = new boolean[old.size()];
    boolean[] nextTaken = new boolean[next.size()];
    List<Pair> chosen = new ArrayList<>();
    for (Pair pair : candidates) {
      if (!oldTaken[pair.old] && !nextTaken[pair.next]) {
        oldTaken[pair.old] = true;
        nextTaken[pair.next] = true;
        chosen.add(pair);
      }
    }
    return chosen;
  }

  private static List<SopChanges.StepRef> unpaired(List<Step> steps, boolean[] paired) {
    List<SopChanges.StepRef> refs = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!paired[i]) {
        Step step = steps.get(i);
        refs.add(new SopChanges.StepRef(step.number(), step.start(), step.instruction()));
      }
    }
    return refs;
  }
}

package io.reel2sop.align;

import io.reel2sop.model.SceneCut;
import io.reel2sop.model.Utterance;
import java.util.ArrayList;
import java.util.List;

/**
 * Which sentence caused each scene cut. A cut belongs to the latest sentence that started before it
 * (within a tolerance) when it happens while that sentence is spoken, or soon after it as the
 * sentence's first result (plus the cuts chained right behind it, e.g. a loading screen and then the
 * page). Any other cut is unexplained and becomes a step of its own.
 *
 * @param bySentence the cuts caused by each sentence, in time order, parallel to the sentence list
 * @param unexplained cuts no sentence accounts for, in time order
 */
record CutAssignment(List<List<SceneCut>> bySentence, List<SceneCut> unexplained) {

  /** {@code sentences} and {@code cuts} must be in time order. */
  static CutAssignment assign(List<Utterance> sentences, List<SceneCut> cuts, AlignSettings settings) {
    List<List<SceneCut>> bySentence = new ArrayList<>();
    sentences.forEach(s -> bySentence.add(new ArrayList<>()));
    List<SceneCut> unexplained = new ArrayList<>();
    for (SceneCut cut : cuts) {
      int cause = latestStartedBefore(sentences, cut.time() + settings.cutLeadTolerance());
      if (cause >= 0 && causedBy(sentences.get(cause), bySentence.get(cause), cut, settings)) {
        bySentence.get(cause).add(cut);
      } else {
        unexplained.add(cut);
      }
    }
    return new CutAssignment(bySentence.stream().map(List::copyOf).toList(), List.copyOf(unexplained));
  }

  private static int latestStartedBefore(List<Utterance> sentences, double time) {
    int latest = -1;
    for (int i = 0; i < sentences.size() && sentences.get(i).start() <= time; i++) {
      latest = i;
    }
    return latest;
  }

  private static boolean causedBy(
      Utterance sentence, List<SceneCut> alreadyCaused, SceneCut cut, AlignSettings settings) {
    if (cut.time() <= sentence.end() + settings.cutLeadTolerance()) {
      return true;
    }
    if (cut.time() - sentence.end() > settings.maxCauseGap()) {
      return false;
    }
    if (alreadyCaused.isEmpty()) {
      return true;
    }
    SceneCut previous = alreadyCaused.get(alreadyCaused.size() - 1);
    return cut.time() - previous.time() <= settings.cutChain();
  }
}

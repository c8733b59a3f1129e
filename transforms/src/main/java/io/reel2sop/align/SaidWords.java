package io.reel2sop.align;

import io.reel2sop.model.Word;
import io.reel2sop.screen.ScreenWords;
import java.util.ArrayList;
import java.util.List;

/**
 * What a step's narration says, split for finding the element it names: what to do is not what to
 * do it to ("pick" is not the Back button), so each phrase's first action verb is set apart (with
 * the two words after it); a later one may be a name ("click Save").
 */
record SaidWords(List<String> spoken, List<TargetFinder.SaidVerb> verbs) {

  static SaidWords of(List<Phrase> phrases) {
    return ofParts(phrases.stream().map(p -> p.words().stream().map(Word::word).toList()).toList());
  }

  /** The words of one sentence (an instruction). */
  static SaidWords of(String sentence) {
    return ofParts(List.of(List.of(sentence.split("\\s+"))));
  }

  private static SaidWords ofParts(List<List<String>> parts) {
    List<String> spoken = new ArrayList<>();
    List<TargetFinder.SaidVerb> verbs = new ArrayList<>();
    for (List<String> part : parts) {
      List<String> words = part.stream().map(ScreenWords::normalize).filter(w -> !w.isEmpty()).toList();
      int verbAt = -1;
      for (int i = 0; i < words.size(); i++) {
        if (verbAt < 0 && UiVerbs.isVerb(words.get(i))) {
          verbAt = i;
          verbs.add(new TargetFinder.SaidVerb(words.get(i), words.subList(i + 1, Math.min(words.size(), i + 3))));
        } else {
          spoken.add(words.get(i));
        }
      }
    }
    return new SaidWords(List.copyOf(spoken), List.copyOf(verbs));
  }
}

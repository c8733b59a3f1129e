package io.reel2sop.align;

import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Words spoken without a pause between them: the unit the narration is grouped into steps by.
 * {@code text} is the words as the transcript spells them.
 */
record Phrase(String text, double start, double end, List<Word> words) {
  Phrase {
    words = List.copyOf(words);
  }

  /** The words in time order, cut wherever the speaker paused at least {@code minPause}. */
  static List<Phrase> split(List<Word> words, List<String> spelled, double minPause) {
    List<Phrase> phrases = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= words.size(); i++) {
      if (i == words.size() || words.get(i).start() - words.get(i - 1).end() >= minPause) {
        if (i > from) {
          phrases.add(new Phrase(String.join(" ", spelled.subList(from, i)), words.get(from).start(),
              words.get(i - 1).end(), words.subList(from, i)));
        }
        from = i;
      }
    }
    return phrases;
  }

  static String text(List<Phrase> phrases) {
    return phrases.stream().map(Phrase::text).collect(Collectors.joining(" "));
  }
}

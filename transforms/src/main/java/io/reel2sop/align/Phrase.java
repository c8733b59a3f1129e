package io.reel2sop.align;

import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words spoken without a pause between them: the unit the narration is grouped into steps by.
 * {@code text} is the words as the transcript spells them; {@code opensSentence} says it begins a
 * sentence (after a full stop in a written transcript, or at the start of a recognised utterance).
 */
record Phrase(String text, double start, double end, List<Word> words, boolean opensSentence) {
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"'”’)\\]]*$");

  Phrase {
    words = List.copyOf(words);
  }

  /**
   * The words of one utterance in time order, cut wherever the speaker paused at least
   * {@code minPause} and after every sentence's end.
   */
  static List<Phrase> split(List<Word> words, List<String> spelled, double minPause) {
    List<Phrase> phrases = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= words.size(); i++) {
      boolean sentenceEnds = SENTENCE_END.matcher(spelled.get(i - 1)).matches();
      if (i == words.size() || sentenceEnds || words.get(i).start() - words.get(i - 1).end() >= minPause) {
        boolean opens = from == 0 || SENTENCE_END.matcher(spelled.get(from - 1)).matches();
        phrases.add(new Phrase(String.join(" ", spelled.subList(from, i)), words.get(from).start(),
            words.get(i - 1).end(), words.subList(from, i), opens));
        from = i;
      }
    }
    return phrases;
  }

  static String text(List<Phrase> phrases) {
    return phrases.stream().map(Phrase::text).collect(Collectors.joining(" "));
  }
}

package io.reel2sop.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stretch of speech between pauses (a recogniser result, or one cue of a sidecar transcript).
 * {@code text} keeps the source's own spelling and punctuation; {@code words} carry the timing.
 */
public record Utterance(String text, double start, double end, List<Word> words) {
  public Utterance {
    words = List.copyOf(words);
  }

  public static Utterance ofWords(List<Word> words) {
    String text = words.stream().map(Word::word).collect(Collectors.joining(" "));
    return new Utterance(text, words.get(0).start(), words.get(words.size() - 1).end(), words);
  }

  public double meanConfidence() {
    return words.stream().mapToDouble(Word::confidence).average().orElse(1.0);
  }
}

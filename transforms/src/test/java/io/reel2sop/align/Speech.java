package io.reel2sop.align;

import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;

/** Builds timed speech for tests: each word lasts 0.3 s with 0.1 s between words. */
final class Speech {

  static final double WORD = 0.3;
  static final double GAP = 0.1;

  private Speech() {}

  /** An utterance of {@code text} starting at {@code start}, words at the given confidence. */
  static Utterance utterance(double start, String text, double confidence) {
    List<Word> words = new ArrayList<>();
    double t = start;
    for (String w : text.split("\\s+")) {
      words.add(new Word(w, t, t + WORD, confidence));
      t += WORD + GAP;
    }
    return new Utterance(text, start, words.get(words.size() - 1).end(), words);
  }

  static Utterance utterance(double start, String text) {
    return utterance(start, text, 1.0);
  }

  /** A phrase of {@code text} starting at {@code start}, timed like {@link #utterance}. */
  static Phrase phrase(double start, String text, boolean opensSentence) {
    Utterance said = utterance(start, text);
    return new Phrase(text, said.start(), said.end(), said.words(), opensSentence);
  }

  /** A phrase that begins a sentence. */
  static Phrase sentence(double start, String text) {
    return phrase(start, text, true);
  }

  /** When a phrase of {@code text} starting at {@code start} ends. */
  static double end(double start, String text) {
    return start + text.split("\\s+").length * (WORD + GAP) - GAP;
  }

  static Transcript vosk(Utterance... utterances) {
    return new Transcript("en", "vosk", List.of(utterances));
  }
}

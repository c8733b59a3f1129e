package io.reel2sop.sidecar;

import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Word timings for a cue that only has a start and an end: the cue's time is shared among its
 * words in proportion to their length, with confidence 1.0 (a sidecar is taken as given). Words are
 * the cue's whitespace-separated tokens without surrounding punctuation, like a recogniser's;
 * tokens with no letter or digit (a dash, a music note) are not words.
 */
final class CueWords {

  private CueWords() {}

  static List<Word> spread(String text, double start, double end) {
    List<String> words = new ArrayList<>();
    for (String token : text.split("\\s+")) {
      String word = trimPunctuation(token);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    long totalLength = words.stream().mapToLong(CueWords::length).sum();
    double duration = end - start;
    List<Word> timed = new ArrayList<>(words.size());
    long before = 0;
    for (String word : words) {
      double wordStart = start + duration * before / totalLength;
      before += length(word);
      double wordEnd = start + duration * before / totalLength;
      timed.add(new Word(word, wordStart, wordEnd, 1.0));
    }
    return timed;
  }

  private static long length(String word) {
    return word.codePointCount(0, word.length());
  }

  private static String trimPunctuation(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && !Character.isLetterOrDigit(token.codePointAt(from))) {
      from += Character.charCount(token.codePointAt(from));
    }
    while (to > from && !Character.isLetterOrDigit(token.codePointBefore(to))) {
      to -= Character.charCount(token.codePointBefore(to));
    }
    return token.substring(from, to);
  }
}

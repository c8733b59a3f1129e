package io.reel2sop.redact;

import java.util.List;

/**
 * Words joined into one text (by single spaces, or by nothing), so a rule can match across them,
 * and the way back from a match to the words it touches.
 */
final class JoinedWords {
  private final String text;
  private final int[] starts;
  private final int[] ends;

  JoinedWords(List<String> words) {
    this(words, " ");
  }

  JoinedWords(List<String> words, String separator) {
    StringBuilder joined = new StringBuilder();
    starts = new int[words.size()];
    ends = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        joined.append(separator);
      }
      starts[i] = joined.length();
      joined.append(words.get(i));
      ends[i] = joined.length();
    }
    text = joined.toString();
  }

  String text() {
    return text;
  }

  /** The first word {@code span} touches. Every span of the text touches a word. */
  int first(RedactionRules.Span span) {
    int i = 0;
    while (ends[i] <= span.start()) {
      i++;
    }
    return i;
  }

  /** The last word {@code span} touches. */
  int last(RedactionRules.Span span) {
    int i = starts.length - 1;
    while (starts[i] >= span.end()) {
      i--;
    }
    return i;
  }
}

package io.reel2sop.align;

import java.util.Set;

/** Words that say nothing about which element is meant ("the", "on", "so", "I"). */
public final class StopWords {
  static final Set<String> WORDS = Set.of(
      "a", "an", "the", "to", "in", "on", "of", "and", "or", "so", "i", "im", "ill", "it", "its", "this", "that",
      "these", "those", "then", "now", "we", "you", "my", "our", "your", "for", "at", "by", "with", "is", "are",
      "be", "was", "there", "here", "up", "um", "uh", "okay", "ok", "just", "will", "let", "lets", "me", "as",
      "from", "into", "onto", "can", "do", "again");

  private StopWords() {}

  public static boolean contains(String normalizedWord) {
    return WORDS.contains(normalizedWord);
  }
}

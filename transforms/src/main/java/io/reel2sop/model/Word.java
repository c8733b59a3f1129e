package io.reel2sop.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One recognised word; times in seconds from the start of the recording, confidence in [0, 1].
 * {@code heard} is what the recogniser wrote where the word was corrected from the screen (on the
 * first word of a correction), else null.
 */
public record Word(
    String word, double start, double end, double confidence, @JsonInclude(JsonInclude.Include.NON_NULL) String heard) {
  public Word(String word, double start, double end, double confidence) {
    this(word, start, end, confidence, null);
  }
}

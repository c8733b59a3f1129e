package io.reel2sop.model;

import java.util.List;

/**
 * The timed speech of one recording. {@code source} says where it came from: {@code "vosk"} or
 * {@code "sidecar"}, {@code "none"} when the recording has no audio track.
 */
public record Transcript(String language, String source, List<Utterance> utterances) {
  public Transcript {
    utterances = List.copyOf(utterances);
  }

  public static Transcript none() {
    return new Transcript("und", "none", List.of());
  }

  public List<Word> words() {
    return utterances.stream().flatMap(u -> u.words().stream()).toList();
  }
}

package io.reel2sop.screen;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words compared the way a reader would: case, accents and punctuation do not matter. */
public final class ScreenWords {
  private ScreenWords() {}

  /** "Márquez," and "marquez" are the same word: lowercase letters and digits only. */
  public static String normalize(String word) {
    String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The words of a text, normalized, empty ones left out. */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    for (String part : text.split("[\\s/·|•,;:()\\[\\]{}\"“”\\-–—]+")) {
      String word = normalize(part);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}

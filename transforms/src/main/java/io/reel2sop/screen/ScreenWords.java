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

  private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety"};

  /** How a normalized word is said: a number under 100 as words ("14" is "fourteen"), else itself. */
  public static String spoken(String word) {
    if (word.isEmpty() || word.length() > 2 || !word.chars().allMatch(Character::isDigit)) {
      return word;
    }
    int n = Integer.parseInt(word);
    return n < 20 ? ONES[n] : TENS[n / 10] + (n % 10 == 0 ? "" : ONES[n % 10]);
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

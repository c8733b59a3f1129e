package io.reel2sop.edit;

import io.reel2sop.align.StopWords;
import io.reel2sop.align.UiVerbs;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much two step texts say the same: the overlap (Dice coefficient, 0 to 1) of their content
 * words. Content words are the words left after dropping words that say nothing about the element
 * ("the", "I", "now") and an action verb that leads the text ("Click", "pressed"): "Click Save." and
 * "Press Save." both come down to {save} and score 1; "Click New Lead." and "Click the New Lead
 * button." score 0.8. A text with nothing else keeps those words. Plural and accents are ignored, and
 * two words of four letters or more one letter apart count as the same (a recogniser that heard
 * "same" where a newer one hears "save").
 */
public final class TextSimilarity {
  private TextSimilarity() {}

  /** 0 (nothing in common, or a text missing) to 1 (the same content words). */
  public static double of(String a, String b) {
    Set<String> left = contentWords(a);
    Set<String> right = contentWords(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    long common = left.stream().filter(w -> hasNear(right, w)).count()
        + right.stream().filter(w -> hasNear(left, w)).count();
    return (double) common / (left.size() + right.size());
  }

  private static boolean hasNear(Set<String> words, String word) {
    return words.contains(word) || word.length() >= 4 && words.stream().anyMatch(w -> oneLetterApart(w, word));
  }

  /** One letter replaced, added or left out, in words of four letters or more. */
  static boolean oneLetterApart(String a, String b) {
    if (a.length() < 4 || b.length() < 4 || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int j = 0;
    while (j < a.length() - i && j < b.length() - i
        && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
      j++;
    }
    return Math.max(a.length(), b.length()) - i - j <= 1;
  }

  static Set<String> contentWords(String text) {
    if (text == null) {
      return Set.of();
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    List<String> content = words.stream().filter(w -> !StopWords.contains(w)).toList();
    if (!content.isEmpty() && UiVerbs.isVerb(content.get(0)) && content.size() > 1) {
      content = content.subList(1, content.size());
    }
    if (content.isEmpty()) {
      content = words;
    }
    Set<String> stems = new LinkedHashSet<>();
    content.forEach(w -> stems.add(singular(w)));
    return stems;
  }

  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
  }
}

package io.reel2sop.align;

import java.util.List;
import java.util.Locale;

/**
 * Word error rate of a recognised text against a reference: word-level edit distance
 * (substitutions + deletions + insertions) over the number of reference words. Both texts are
 * normalised first: lowercase, apostrophes removed ("I'm" = "im"), other punctuation read as spaces.
 */
public final class WordErrorRate {

  /**
   * One comparison. {@code rate} is errors / referenceWords; with an empty reference it is 0 when
   * the hypothesis is empty too, else 1.
   */
  public record Result(int errors, int referenceWords, double rate) {
    public static Result of(int errors, int referenceWords) {
      double rate = referenceWords == 0 ? (errors == 0 ? 0.0 : 1.0) : (double) errors / referenceWords;
      return new Result(errors, referenceWords, rate);
    }

    /** Pooled over several recordings: total errors over total reference words. */
    public Result plus(Result other) {
      return of(errors + other.errors, referenceWords + other.referenceWords);
    }
  }

  public static Result measure(String reference, String hypothesis) {
    List<String> ref = normalise(reference);
    List<String> hyp = normalise(hypothesis);
    return Result.of(editDistance(ref, hyp), ref.size());
  }

  static List<String> normalise(String text) {
    if (text == null) {
      return List.of();
    }
    String cleaned =
        text.toLowerCase(Locale.ROOT)
            .replaceAll("['’‘`]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" "));
  }

  private static int editDistance(List<String> ref, List<String> hyp) {
    int[] previous = new int[hyp.size() + 1];
    int[] current = new int[hyp.size() + 1];
    for (int j = 0; j <= hyp.size(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= ref.size(); i++) {
      current[0] = i;
      for (int j = 1; j <= hyp.size(); j++) {
        int substitution = previous[j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[hyp.size()];
  }

  private WordErrorRate() {}
}

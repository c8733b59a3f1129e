package io.reel2sop.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One spoken word as written, split into the punctuation before it, the word itself and the
 * punctuation after it, so the word can be matched while the writing is kept.
 */
record NarrationToken(String lead, String core, String trail) {

  /** Modifiers that make one verb with a following "click" ("double click" → "double-click"). */
  private static final Set<String> CLICK_MODIFIERS = Set.of("double", "right", "left");

  static NarrationToken word(String core) {
    return new NarrationToken("", core, "");
  }

  /**
   * Splits text at whitespace. Pure punctuation joins the previous word's trail; typographic
   * apostrophes become plain ones; "double click" becomes one verb "double-click".
   */
  static List<NarrationToken> tokenize(String text) {
    List<NarrationToken> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    for (String raw : text.replace('’', '\'').replace('‘', '\'').strip().split("\\s+")) {
      int first = 0;
      while (first < raw.length() && !Character.isLetterOrDigit(raw.charAt(first))) {
        first++;
      }
      if (first == raw.length()) {
        if (!tokens.isEmpty() && !raw.isEmpty()) {
          NarrationToken previous = tokens.remove(tokens.size() - 1);
          tokens.add(previous.withTrail(previous.trail + raw));
        }
        continue;
      }
      int last = raw.length();
      while (!Character.isLetterOrDigit(raw.charAt(last - 1))) {
        last--;
      }
      tokens.add(new NarrationToken(raw.substring(0, first), raw.substring(first, last), raw.substring(last)));
    }
    return mergeClickCompounds(tokens);
  }

  private static List<NarrationToken> mergeClickCompounds(List<NarrationToken> tokens) {
    List<NarrationToken> merged = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      NarrationToken t = tokens.get(i);
      boolean compound =
          i + 1 < tokens.size()
              && CLICK_MODIFIERS.contains(t.lower())
              && t.trail.isEmpty()
              && UiVerbs.baseForm(tokens.get(i + 1).lower()).filter("click"::equals).isPresent();
      if (compound) {
        NarrationToken click = tokens.get(++i);
        merged.add(new NarrationToken(t.lead, t.core + "-" + click.core, click.trail));
      } else {
        merged.add(t);
      }
    }
    return merged;
  }

  String lower() {
    return core.toLowerCase(Locale.ROOT);
  }

  /** A comma, colon, dash or sentence end follows the word. */
  boolean endsClause() {
    return trail.matches(".*[,;:.!?…\\-–—].*");
  }

  boolean endsSentence() {
    return trail.matches(".*[.!?…].*");
  }

  /** Opened by a quote or bracket: a UI label read out ("click "Save""). */
  boolean quoted() {
    return lead.matches(".*[\"'“(\\[].*");
  }

  /** "i", "i'm", "i'll" as a recogniser writes them in lowercase. */
  boolean isPronounI() {
    String lower = lower();
    return lower.equals("i") || lower.startsWith("i'") && lower.length() <= 4;
  }

  NarrationToken withCore(String newCore) {
    return new NarrationToken(lead, newCore, trail);
  }

  NarrationToken withTrail(String newTrail) {
    return new NarrationToken(lead, core, newTrail);
  }
}

package io.reel2sop.align;

import static io.reel2sop.align.NarrationPhrases.COMMA_FILLERS;
import static io.reel2sop.align.NarrationPhrases.DETERMINERS;
import static io.reel2sop.align.NarrationPhrases.FRAMING;
import static io.reel2sop.align.NarrationPhrases.GUARDED_FILLERS;
import static io.reel2sop.align.NarrationPhrases.HESITATIONS;
import static io.reel2sop.align.NarrationPhrases.LEADING_FILLERS;
import static io.reel2sop.align.NarrationPhrases.OBJECT_STARTERS;
import static io.reel2sop.align.NarrationPhrases.SKIPPABLE_ADVERBS;
import static io.reel2sop.align.NarrationPhrases.STUTTER_WORDS;
import static io.reel2sop.align.NarrationPhrases.SUBJECTS;
import static io.reel2sop.align.NarrationPhrases.TRAILING_FILLERS;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns one spoken sentence into an instruction: "um so now i'm going to click on new lead" becomes
 * "Click on new lead." Fillers and narrator framing go, the first verb takes its base form, and the
 * words naming the UI are kept as spoken. Sentences without a narrator action stay descriptive ("The
 * lead form opens.").
 */
public final class InstructionCleaner {

  /** How far into a sentence a "... do is" opening may reach, in words. */
  private static final int DO_IS_REACH = 12;

  /** The instruction for {@code narration}; "" only when the text holds no word at all. */
  public String clean(String narration) {
    List<NarrationToken> tokens = NarrationToken.tokenize(narration);
    if (tokens.isEmpty()) {
      return "";
    }
    char terminal = terminalMark(narration);
    List<NarrationToken> kept = new ArrayList<>(tokens);
    boolean framed = stripLead(kept);
    List<NarrationToken> action = withoutReason(kept);
    if (action != null) {
      boolean actionFramed = stripLead(action);
      if (!action.isEmpty()) {
        kept = action;
        framed = actionFramed;
      }
    }
    removeInnerFillers(kept);
    stripTrailingFillers(kept);
    if (kept.isEmpty()) {
      kept = new ArrayList<>(tokens);
      kept.removeIf(t -> HESITATIONS.contains(t.lower()));
      if (kept.isEmpty()) {
        kept = new ArrayList<>(tokens);
      }
    } else {
      toBaseForm(kept, framed);
    }
    return render(kept, terminal);
  }

  /**
   * What is left after the reason the narrator gave first ("Marcus Webb is leaving, so I'll click
   * his name", "everything looks right so submit"): the words after "so" when those before it do
   * not start with an action (in "copy the link so I can paste it" what follows is the purpose);
   * null when there is no such reason.
   */
  private static List<NarrationToken> withoutReason(List<NarrationToken> tokens) {
    if (tokens.isEmpty() || UiVerbs.isVerb(tokens.get(0).lower())) {
      return null;
    }
    for (int i = 1; i < tokens.size() - 1; i++) {
      if (tokens.get(i).lower().equals("so") && !tokens.get(i + 1).lower().equals("that")) {
        return new ArrayList<>(tokens.subList(i + 1, tokens.size()));
      }
    }
    return null;
  }

  /**
   * Whether the text, once its framing is gone, starts by telling the viewer to do something on
   * the screen ("then tick Notify", "so I'll click Save", "open the Category list").
   */
  public boolean namesAnAction(String narration) {
    List<NarrationToken> tokens = NarrationToken.tokenize(narration);
    stripLead(tokens);
    removeInnerFillers(tokens);
    return !tokens.isEmpty() && UiVerbs.isVerb(tokens.get(0).lower());
  }

  /** True when the text is only padding ("um okay so"), i.e. says nothing to do or see. */
  public boolean isFillerOnly(String narration) {
    List<NarrationToken> tokens = NarrationToken.tokenize(narration);
    stripLead(tokens);
    removeInnerFillers(tokens);
    stripTrailingFillers(tokens);
    return tokens.isEmpty();
  }

  /** Removes leading fillers, framing and subjects; true when the narrator's framing was removed. */
  private static boolean stripLead(List<NarrationToken> tokens) {
    boolean framed = false;
    while (!tokens.isEmpty()) {
      int n = matchAny(tokens, 0, LEADING_FILLERS);
      if (n > 0) {
        remove(tokens, n);
        continue;
      }
      n = matchAny(tokens, 0, FRAMING);
      if (n > 0 && n < tokens.size()) {
        boolean infinitive = tokens.get(n - 1).lower().equals("to");
        if (infinitive && DETERMINERS.contains(tokens.get(n).lower())) {
          // "I'm going to the settings page": "to" is a preposition here.
          if (tokens.get(n - 2).lower().equals("going")) {
            remove(tokens, n - 1);
            tokens.add(0, NarrationToken.word("go"));
            return true;
          }
          return framed;
        }
        remove(tokens, n);
        framed = true;
        continue;
      }
      n = doIsClauseLength(tokens);
      if (n > 0 && n < tokens.size()) {
        remove(tokens, n);
        framed = true;
        continue;
      }
      if (subjectBeforeVerb(tokens, 0)) {
        remove(tokens, skipAdverbs(tokens, matchAny(tokens, 0, SUBJECTS)));
        framed = true;
        continue;
      }
      n = matchAny(tokens, 0, GUARDED_FILLERS);
      if (n > 0 && n < tokens.size() && (tokens.get(n - 1).endsClause() || startsInstruction(tokens, n))) {
        remove(tokens, n);
        continue;
      }
      return framed;
    }
    return framed;
  }

  /**
   * Length of a "what we want to do is" / "the first thing I'll do is" opening, or 0: the
   * instruction is what comes after "do is".
   */
  private static int doIsClauseLength(List<NarrationToken> tokens) {
    String first = tokens.get(0).lower();
    boolean thingOrStep =
        tokens.size() > 2
            && first.equals("the")
            && (tokens.get(2).lower().equals("thing") || tokens.get(2).lower().equals("step"));
    if (!first.equals("what") && !first.equals("all") && !thingOrStep) {
      return 0;
    }
    for (int i = 1; i + 1 < Math.min(tokens.size(), DO_IS_REACH); i++) {
      if (tokens.get(i).lower().equals("do") && tokens.get(i + 1).lower().equals("is")) {
        boolean infinitive = i + 2 < tokens.size() && tokens.get(i + 2).lower().equals("to");
        return infinitive ? i + 3 : i + 2;
      }
      if (tokens.get(i).endsSentence()) {
        return 0;
      }
    }
    return 0;
  }

  private static int skipAdverbs(List<NarrationToken> tokens, int from) {
    int i = from;
    while (i < tokens.size() && SKIPPABLE_ADVERBS.contains(tokens.get(i).lower())) {
      i++;
    }
    return i;
  }

  private static boolean startsInstruction(List<NarrationToken> tokens, int at) {
    return UiVerbs.isVerb(tokens.get(at).lower())
        || matchAny(tokens, at, LEADING_FILLERS) > 0
        || matchAny(tokens, at, FRAMING) > 0
        || matchAny(tokens, at, GUARDED_FILLERS) > 0
        || subjectBeforeVerb(tokens, at);
  }

  private static boolean subjectBeforeVerb(List<NarrationToken> tokens, int at) {
    int n = matchAny(tokens, at, SUBJECTS);
    int verbAt = skipAdverbs(tokens, at + n);
    return n > 0 && verbAt < tokens.size() && UiVerbs.isVerb(tokens.get(verbAt).lower());
  }

  private static void removeInnerFillers(List<NarrationToken> tokens) {
    removeHesitations(tokens);
    for (int i = 1; i < tokens.size(); i++) {
      int n = matchAny(tokens, i, COMMA_FILLERS);
      boolean setOff = n > 0 && (tokens.get(i - 1).endsClause() || tokens.get(i + n - 1).endsClause());
      if (setOff) {
        NarrationToken last = tokens.get(i + n - 1);
        for (int k = 0; k < n; k++) {
          tokens.remove(i);
        }
        // "click, like, save" → "click, save": keep a single comma.
        if (!tokens.get(i - 1).endsClause() && last.endsClause() && i < tokens.size()) {
          tokens.set(i - 1, tokens.get(i - 1).withTrail(last.trail()));
        }
        i--;
      } else if (STUTTER_WORDS.contains(tokens.get(i).lower())
          && tokens.get(i).lower().equals(tokens.get(i - 1).lower())
          && !tokens.get(i - 1).endsClause()) {
        tokens.remove(i);
        i--;
      }
    }
  }

  /** "click on, um, the button" → "click on the button": the comma pair goes with the "um". */
  private static void removeHesitations(List<NarrationToken> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      NarrationToken t = tokens.get(i);
      if (HESITATIONS.contains(t.lower())) {
        tokens.remove(i);
        if (i > 0 && t.trail().startsWith(",") && tokens.get(i - 1).trail().equals(",")) {
          tokens.set(i - 1, tokens.get(i - 1).withTrail(""));
        }
        i--;
      }
    }
  }

  private static void stripTrailingFillers(List<NarrationToken> tokens) {
    while (!tokens.isEmpty() && TRAILING_FILLERS.contains(tokens.get(tokens.size() - 1).lower())) {
      tokens.remove(tokens.size() - 1);
    }
  }

  /** "clicking on save" → "click on save", but "selected items are shown" stays. */
  private static void toBaseForm(List<NarrationToken> tokens, boolean framed) {
    NarrationToken first = tokens.get(0);
    if (!UiVerbs.isInflected(first.lower())) {
      return;
    }
    boolean actsOnSomething =
        tokens.size() == 1
            || OBJECT_STARTERS.contains(tokens.get(1).lower())
            || tokens.get(1).quoted();
    if (framed || actsOnSomething) {
      tokens.set(0, first.withCore(UiVerbs.baseForm(first.lower()).orElseThrow()));
    }
  }

  /** Length in tokens of the first phrase matching at {@code at}, or 0. */
  private static int matchAny(List<NarrationToken> tokens, int at, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      int n = matchLength(tokens, at, phrase);
      if (n > 0) {
        return n;
      }
    }
    return 0;
  }

  private static int matchLength(List<NarrationToken> tokens, int at, List<String> phrase) {
    int i = at;
    for (int p = 0; p < phrase.size(); p++) {
      while (p > 0 && i < tokens.size()
          && SKIPPABLE_ADVERBS.contains(tokens.get(i).lower())
          && !tokens.get(i).lower().equals(phrase.get(p))) {
        i++;
      }
      if (i >= tokens.size() || !tokens.get(i).lower().equals(phrase.get(p))) {
        return 0;
      }
      // A phrase does not run across a sentence break ("so. Then" is two thoughts).
      if (p < phrase.size() - 1 && tokens.get(i).endsSentence()) {
        return 0;
      }
      i++;
    }
    return i - at;
  }

  private static void remove(List<NarrationToken> tokens, int count) {
    tokens.subList(0, count).clear();
  }

  private static char terminalMark(String narration) {
    String trimmed = narration.strip();
    char last = trimmed.isEmpty() ? '.' : trimmed.charAt(trimmed.length() - 1);
    return last == '?' || last == '!' ? last : '.';
  }

  private static String render(List<NarrationToken> tokens, char terminal) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      NarrationToken t = tokens.get(i);
      String core = t.isPronounI() ? "I" + t.core().substring(1) : t.core();
      String lead = i == 0 ? t.lead().replaceAll("[^\"'“‘(\\[]", "") : t.lead();
      String trail = i == tokens.size() - 1 ? t.trail().replaceAll("[.,;:!?…\\-]+$", "") : t.trail();
      parts.add(lead + core + trail);
    }
    String sentence = parts.stream().collect(Collectors.joining(" "));
    return capitaliseFirstLetter(sentence) + terminal;
  }

  private static String capitaliseFirstLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return text.substring(0, i) + Character.toUpperCase(text.charAt(i)) + text.substring(i + 1);
      }
    }
    return text;
  }
}

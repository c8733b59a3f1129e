package io.reel2sop.sop;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a narrator says around the procedure, turned into what a SOP states: the introduction
 * ("Hi, in this video I'll show you how to log a ticket") gives the objective ("Log a ticket."),
 * the conclusion ("And we're done. The ticket is at the top of the list.") the expected result
 * ("The ticket is at the top of the list.").
 */
final class Framing {
  private static final List<Pattern> OPENERS = patterns(
      "^(hi there|hello there|hi|hello|hey|welcome|okay|ok|so|um|uh|alright|all right|well)\\b[,.!]?\\s*",
      "^(everyone|everybody|folks|team)\\b[,.!]?\\s*",
      "^(in this (video|recording|walkthrough|tutorial)|today)\\b[,]?\\s*",
      "^(i'll|i will|i'm going to|i am going to|we'll|we will|we're going to|we are going to|let me|let's)\\s+"
          + "(show you|walk you through|go through|look at|see)\\s+",
      "^(this (video|recording) shows( you)?)\\s+",
      "^(how to)\\s+");
  private static final List<Pattern> CLOSERS = patterns(
      "^(and\\s+)?(that's it|that is it|we're done|we are done|all done|done|that's all|and that's it|finished)\\b[,.!]*\\s*",
      "^(and\\s+)?(you're all set|we're all set)\\b[,.!]*\\s*",
      "^(thanks|thank you)( for watching)?\\b[,.!]*\\s*");
  /** Fewer words than this say nothing a reader needs. */
  private static final int MIN_WORDS = 3;

  private Framing() {}

  /** The objective stated by an introduction, or null when it states none. */
  static String objective(String introduction) {
    return statement(introduction, OPENERS);
  }

  /** The expected result stated by a conclusion, or null when it states none. */
  static String expectedResult(String conclusion) {
    return statement(conclusion, CLOSERS);
  }

  private static String statement(String text, List<Pattern> padding) {
    if (text == null) {
      return null;
    }
    String rest = text.strip();
    for (boolean removed = true; removed; ) {
      removed = false;
      for (Pattern p : padding) {
        String shorter = p.matcher(rest).replaceFirst("");
        if (!shorter.equals(rest)) {
          rest = shorter.strip();
          removed = true;
        }
      }
    }
    rest = rest.replaceAll("\\b(um|uh|erm)\\b,?\\s*", "").replaceAll("\\s+", " ").strip();
    if (rest.split(" ").length < MIN_WORDS) {
      return null;
    }
    rest = rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
    return rest.matches(".*[.!?]$") ? rest : rest + ".";
  }

  /** Case-insensitive, and an apostrophe matches a typographic one ("I’ll" in a sidecar transcript). */
  private static List<Pattern> patterns(String... regexes) {
    return java.util.Arrays.stream(regexes)
        .map(r -> Pattern.compile(r.replace("'", "['’]"), Pattern.CASE_INSENSITIVE))
        .toList();
  }
}

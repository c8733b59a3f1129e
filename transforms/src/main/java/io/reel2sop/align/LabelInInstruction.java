package io.reel2sop.align;

import io.reel2sop.screen.ScreenWords;
import io.reel2sop.screen.SoundsLike;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the element's name into an instruction the way the screen spells it: the words of the
 * instruction that stand for the label (misheard or not) are replaced by the label. An instruction
 * that does not name it at all (the recogniser garbled it) becomes the action on the label, "Click
 * Label.", with the first action verb that was said when it is one done to an element (what was said
 * stays the narration).
 */
final class LabelInInstruction {
  /**
   * Verbs that take the element itself as their object ("Tick Headset."); a narration's other verbs
   * ("leave", "review", "get") said of an element it did not name are most likely misheard.
   */
  private static final Set<String> ON_AN_ELEMENT = Set.of("click", "double-click", "right-click", "left-click", "tap",
      "press", "hit", "tick", "check", "uncheck", "select", "choose", "pick", "open", "close", "expand", "collapse",
      "toggle", "enable", "disable", "submit", "confirm", "cancel", "copy", "delete", "remove", "clear", "edit");

  /** Verbs whose object is the text typed, not the field: "Type in Subject." */
  private static final Set<String> TYPING = Set.of("type", "enter", "write");

  /** An instruction without a verb that names the element at most this many words in ... */
  private static final int MAX_BEFORE_NAME = 2;
  /** ... with at most this many words after it, says what to act on: the action on it is written. */
  private static final int MAX_AFTER_NAME = 4;

  /** A run of instruction words that is at least this alike to the label stands for it. */
  static final double STANDS_FOR = 0.6;

  /** {@code verb}: the action the narration names ("tick"), or null for a plain click. */
  String write(String instruction, String label, String verb) {
    List<String> tokens = Arrays.asList(instruction.split(" "));
    String target = joined(List.of(label.split("\\s+")));
    int labelWords = label.split("\\s+").length;
    int bestFrom = -1;
    int bestTo = -1;
    double best = STANDS_FOR;
    for (int from = 0; from < tokens.size(); from++) {
      for (int to = from + 1; to <= Math.min(tokens.size(), from + labelWords + 2); to++) {
        String window = joined(tokens.subList(from, to));
        if (window.isEmpty()) {
          continue;
        }
        double alike = SoundsLike.similarity(window, target);
        if (alike > best || (alike == best && bestFrom >= 0 && to - from < bestTo - bestFrom)) {
          best = alike;
          bestFrom = from;
          bestTo = to;
        }
      }
    }
    if (bestFrom < 0) {
      return capitalised(actionOn(verb)) + " " + label + ".";
    }
    String last = tokens.get(bestTo - 1);
    String trailing = last.replaceAll("^.*?([\"'”’)\\].,;:!?]*)$", "$1");
    String leading = tokens.get(bestFrom).replaceAll("^([\"'“‘(]*).*$", "$1");
    StringBuilder out = new StringBuilder();
    int from = 0;
    // "Up Next.", "Public Add note.", "Equipment tab.": a name said with little around it and no
    // action is the action on it; the words before it are the recogniser's, not the narrator's.
    // A name that starts with a verb and opens the instruction is one already ("Confirm the dialogue."),
    // unless it is all the instruction says ("Submit ticket." is the button's name: click it).
    boolean nameIsAction = UiVerbs.isVerb(ScreenWords.normalize(label.split("\\s+")[0]));
    boolean onlyTheName = bestFrom == 0 && bestTo == tokens.size();
    if (noVerbOutside(tokens, bestFrom, bestTo) && bestFrom <= MAX_BEFORE_NAME
        && tokens.size() - bestTo <= MAX_AFTER_NAME && !(nameIsAction && bestFrom == 0 && !onlyTheName)) {
      out.append(capitalised(nameIsAction ? "click" : actionOn(verb))).append(' ');
      from = bestFrom;
    }
    for (int i = from; i < bestFrom; i++) {
      out.append(tokens.get(i)).append(' ');
    }
    String named = out.isEmpty() ? capitalised(label) : label;
    out.append(leading).append(named).append(trailing);
    for (int i = bestTo; i < tokens.size(); i++) {
      out.append(' ').append(tokens.get(i));
    }
    return out.toString();
  }

  private static boolean noVerbOutside(List<String> tokens, int from, int to) {
    for (int i = 0; i < tokens.size(); i++) {
      if ((i < from || i >= to) && UiVerbs.isVerb(ScreenWords.normalize(tokens.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private static String actionOn(String verb) {
    if (verb == null) {
      return "click";
    }
    if (verb.equals("hover")) {
      return "hover over";
    }
    if (TYPING.contains(verb)) {
      return verb + " in";
    }
    return ON_AN_ELEMENT.contains(verb) ? verb : "click";
  }

  private static String joined(List<String> words) {
    StringBuilder s = new StringBuilder();
    for (String w : words) {
      s.append(ScreenWords.spoken(ScreenWords.normalize(w)));
    }
    return s.toString();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}

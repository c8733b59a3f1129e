package io.reel2sop.align;

import io.reel2sop.screen.ScreenWords;
import io.reel2sop.screen.SoundsLike;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes the element's name into an instruction the way the screen spells it: the words of the
 * instruction that stand for the label (misheard or not) are replaced by the label. An instruction
 * that does not name it at all (the recogniser garbled it) becomes the action on the label, "Click
 * Label.", with the first action verb that was said, if any (what was said stays the narration).
 */
final class LabelInInstruction {
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
      return capitalised(verb == null ? "click" : verb) + " " + label + ".";
    }
    String last = tokens.get(bestTo - 1);
    String trailing = last.replaceAll("^.*?([\"'”’)\\].,;:!?]*)$", "$1");
    String leading = tokens.get(bestFrom).replaceAll("^([\"'“‘(]*).*$", "$1");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bestFrom; i++) {
      out.append(tokens.get(i)).append(' ');
    }
    String named = bestFrom == 0 ? capitalised(label) : label;
    out.append(leading).append(named).append(trailing);
    for (int i = bestTo; i < tokens.size(); i++) {
      out.append(' ').append(tokens.get(i));
    }
    return out.toString();
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

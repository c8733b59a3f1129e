package io.reel2sop.align;

import io.reel2sop.model.Region;
import io.reel2sop.model.Target;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.screen.ScreenWords;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The name of a field whose hint was named instead: text inside an empty field that tells what to
 * do ("Start typing a name", "Pick a date") is its placeholder, and a form names the field in the
 * label right above it ("Assign to"), which is what an instruction should say.
 */
final class FieldLabel {
  /** First words of a placeholder: what to do in the field. */
  private static final Set<String> HINT_VERBS =
      Set.of("type", "enter", "search", "pick", "select", "choose", "start", "write", "find");
  /** A field's label ends at most this many pixels above its box (with the box's own padding). */
  static final int ABOVE = 40;
  /** ... and starts at most this many pixels left or right of where the field starts. */
  static final int ALIGNED = 40;
  /** A label has at most this many words. */
  static final int LABEL_WORDS = 4;

  private FieldLabel() {}

  /** The label above the field {@code named} is the hint of, or {@code named} itself. */
  static Target of(Target named, List<OcrLabel> labels) {
    if (!isHint(named.label())) {
      return named;
    }
    Region hint = named.box();
    return labels.stream()
        .filter(l -> l.words().size() <= LABEL_WORDS && !l.text().isBlank() && !isHint(l.text()))
        .filter(l -> {
          Region b = l.box();
          int gap = hint.y() - (b.y() + b.height());
          return gap >= 0 && gap <= ABOVE + hint.height() && Math.abs(b.x() - hint.x()) <= ALIGNED + hint.height();
        })
        .min(Comparator.comparingInt(l -> hint.y() - (l.box().y() + l.box().height())))
        .map(l -> new Target(l.text(), l.box(), "screen"))
        .orElse(named);
  }

  private static boolean isHint(String text) {
    String[] words = text.strip().split("\\s+");
    return words.length >= 2 && HINT_VERBS.contains(UiVerbs.baseForm(ScreenWords.normalize(words[0])).orElse(""));
  }
}

package io.reel2sop.align;

import io.reel2sop.model.Region;
import io.reel2sop.model.Target;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.ocr.OcrWord;
import io.reel2sop.screen.ScreenWords;
import io.reel2sop.screen.SoundsLike;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the element a step acted on among the text on the screen just before its action: the
 * label its narration names (however the recogniser spelled it: the words only need to sound or
 * look alike), preferring one where the screen then changed; or, when the narration names nothing
 * on the screen, the label right at a small change (a box ticked, a field typed into).
 */
final class TargetFinder {
  /** A label word counts as said when a spoken word is at least this alike. */
  static final double WORD_MATCH = 0.72;
  /** Share of a label's letters that must be said for the narration to name it. */
  static final double NAMED = 0.6;
  /** Labels longer than this are sentences or paragraphs, not the names of elements. */
  static final int MAX_LABEL_WORDS = 7;
  /** A label of at most this many words is named whole when enough of it is said. */
  static final int WHOLE_LABEL_WORDS = 4;
  /** Share of a short label's letters said for it to be named whole. */
  static final double WHOLE_LABEL_SAID = 0.35;
  /** A label named only by being next to a small change is at most this many words (a name). */
  static final int MAX_NEAREST_WORDS = 4;
  /** A change smaller than this share of the frame points at one element. */
  static final double SMALL_CHANGE = 0.05;

  /** A candidate: the words of a label a narration names, how well, and how many of them. */
  private record Named(List<OcrWord> words, double said, int wordsSaid, double nearness) {
    double score() {
      return said + 0.15 * (wordsSaid - 1) + 0.25 * nearness;
    }
  }

  /**
   * @param spoken the step's words, without the verb that says what to do with the element
   * @param labels the text on the screen just before the action
   * @param changed where the screen changed because of the action, or null
   * @param frameArea the frame's area in pixels
   */
  Target find(List<String> spoken, List<OcrLabel> labels, Region changed, double frameArea) {
    Named best = null;
    for (OcrLabel label : labels) {
      if (label.words().size() > MAX_LABEL_WORDS) {
        continue;
      }
      Named named = named(spoken, label, changed);
      if (named != null && (best == null || named.score() > best.score())) {
        best = named;
      }
    }
    if (best != null) {
      return target(best.words(), "narration");
    }
    if (changed != null && changed.area() < SMALL_CHANGE * frameArea) {
      OcrLabel nearest = nearest(labels, changed);
      if (nearest != null) {
        return target(nearest.words(), "screen");
      }
    }
    return null;
  }

  /**
   * The link that led to a new screen: the label on the screen before it whose words all name the
   * new screen's title ("Assets" for the page "Assets", "Check out" for the dialog "Check out
   * LT-0417"); the most of the title it names wins, then the one nearest where the screen changed
   * just before (a row's button under the pointer). Not the old screen's own title. Null when none.
   */
  Target leadingTo(List<OcrLabel> before, String beforeTitle, String newTitle, Region changed) {
    List<String> title = contentWords(newTitle);
    List<String> oldTitle = contentWords(beforeTitle);
    if (title.isEmpty() || oldTitle.equals(title)) {
      return null;
    }
    OcrLabel best = null;
    double bestScore = 0;
    for (OcrLabel label : before) {
      List<String> words = contentWords(label.text());
      if (label.words().size() > MAX_NEAREST_WORDS || words.isEmpty() || !title.containsAll(words)
          || words.equals(oldTitle)) {
        continue;
      }
      int letters = words.stream().mapToInt(String::length).sum();
      double score = letters + nearness(label.box(), changed);
      if (letters >= 3 && score > bestScore) {
        best = label;
        bestScore = score;
      }
    }
    return best == null ? null : target(best.words(), "screen");
  }

  /** The words of a text that name something: normalised, not stop words. */
  private static List<String> contentWords(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String w : text.split("\\s+")) {
      String word = ScreenWords.normalize(w);
      if (!word.isEmpty() && !StopWords.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** The part of the label the narration says, from its first to its last word said; or null. */
  private static Named named(List<String> spoken, OcrLabel label, Region changed) {
    List<OcrWord> words = label.words();
    double letters = 0;
    double said = 0;
    int wordsSaid = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      String word = ScreenWords.spoken(ScreenWords.normalize(words.get(i).text()));
      if (word.isEmpty() || (StopWords.contains(word) && words.size() > 1)) {
        continue;
      }
      letters += word.length();
      if (isSaid(word, spoken)) {
        said += word.length();
        wordsSaid++;
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0 || letters < 2) {
      return null;
    }
    // A short label said in part is still named whole ("the search box" for "Search Harbor Desk"),
    // but scored by how much of it was said, so that "Save" beats "Company name" for "same".
    double coverage = said / letters;
    boolean whole = words.size() <= WHOLE_LABEL_WORDS && coverage >= WHOLE_LABEL_SAID;
    List<OcrWord> part = whole ? words : words.subList(first, last + 1);
    double partLetters = part.stream().mapToInt(w -> ScreenWords.spoken(ScreenWords.normalize(w.text())).length()).sum();
    double share = whole ? (1 + coverage) / 2 : said / Math.max(partLetters, letters * 0.5);
    if (share < NAMED) {
      return null;
    }
    return new Named(part, share, wordsSaid, nearness(boxOf(part), changed));
  }

  /** Whether a word of the screen was said: alike to a spoken word, or to two run together. */
  private static boolean isSaid(String word, List<String> spoken) {
    for (int i = 0; i < spoken.size(); i++) {
      if (SoundsLike.similarity(word, spoken.get(i)) >= WORD_MATCH) {
        return true;
      }
      if (i + 1 < spoken.size() && SoundsLike.similarity(word, spoken.get(i) + spoken.get(i + 1)) >= WORD_MATCH) {
        return true;
      }
    }
    return false;
  }

  /** 1 inside or touching the changed region, falling to 0 at 300 pixels from it; 0 without one. */
  private static double nearness(Region box, Region changed) {
    if (changed == null) {
      return 0;
    }
    double distance = distance(box, changed);
    return Math.max(0, 1 - distance / 300.0);
  }

  private static double distance(Region a, Region b) {
    double dx = Math.max(0, Math.max(b.x() - (a.x() + a.width()), a.x() - (b.x() + b.width())));
    double dy = Math.max(0, Math.max(b.y() - (a.y() + a.height()), a.y() - (b.y() + b.height())));
    return Math.hypot(dx, dy);
  }

  private static OcrLabel nearest(List<OcrLabel> labels, Region changed) {
    OcrLabel best = null;
    double bestDistance = 60;
    for (OcrLabel label : labels) {
      double d = distance(label.box(), changed);
      if (label.words().size() <= MAX_NEAREST_WORDS && d < bestDistance) {
        best = label;
        bestDistance = d;
      }
    }
    return best;
  }

  private static Target target(List<OcrWord> words, String source) {
    List<String> text = new ArrayList<>();
    words.forEach(w -> text.add(w.text()));
    return new Target(String.join(" ", text).replaceAll("^[‘’'\"“”]+|[‘’'\"“”,.:;]+$", ""), boxOf(words), source);
  }

  private static Region boxOf(List<OcrWord> words) {
    Region box = words.get(0).box();
    for (OcrWord w : words) {
      box = box.union(w.box());
    }
    return box;
  }
}

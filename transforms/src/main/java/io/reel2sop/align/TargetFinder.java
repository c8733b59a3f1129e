package io.reel2sop.align;

import io.reel2sop.model.Region;
import io.reel2sop.model.Target;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.ocr.OcrWord;
import io.reel2sop.screen.ScreenWords;
import io.reel2sop.screen.SoundsLike;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the element a step acted on among the text on the screen just before its action: the
 * label its narration names (however the recogniser spelled it: the words only need to sound or
 * look alike), preferring one where the screen then changed; or, when the narration names nothing
 * on the screen, the label right at a small change (a box ticked, a field typed into).
 */
final class TargetFinder {
  /** Words this long or longer may be put right by one letter (shorter ones are too alike). */
  static final int MIN_RESPELLED = 5;
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
  /** A label this many pixels from a change, or nearer, is the element that changed. */
  static final double NEXT_TO = 60;
  /** A label this many pixels from the pointer's tip, or nearer, is the element under it. */
  static final double UNDER_POINTER = 20;
  /** A control clicked left of its label (a box, a radio button) is at most this wide with its gap. */
  static final int CONTROL_WIDTH = 40;
  /** Pixels above or below a label's text where a control left of it may be clicked. */
  static final int CONTROL_SLACK = 6;

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
    Target named = named(spoken, List.of(), labels, changed);
    return named != null ? named : atChange(labels, changed, frameArea);
  }

  /**
   * The label the narration names, or null.
   *
   * @param spoken the step's words, without the verbs that say what to do with the element
   * @param verbs those verbs: one names a label only as the first of its several words, said
   *     with the next ("submit ticket" for "Submit ticket") or, when no label is named otherwise,
   *     alone ("returned by" for "Return by"); never a label of its own (what to do is not what to
   *     do it to)
   */
  Target named(List<String> spoken, List<SaidVerb> verbs, List<OcrLabel> labels, Region changed) {
    Named best = best(spoken, verbs, false, labels, changed);
    best = best != null ? best : best(spoken, verbs, true, labels, changed);
    return best == null ? null : target(respelled(best.words(), spoken, labels), "narration");
  }

  private static Named best(List<String> spoken, List<SaidVerb> verbs, boolean loneVerbs, List<OcrLabel> labels,
      Region changed) {
    Named best = null;
    for (OcrLabel label : labels) {
      if (label.words().size() > MAX_LABEL_WORDS) {
        continue;
      }
      Named named = named(spoken, verbs, loneVerbs, label, changed);
      if (named != null && (best == null || named.score() > best.score())) {
        best = named;
      }
    }
    return best;
  }

  /**
   * The label's words with a letter the reader got wrong put right ("Submit tickat"): a word read
   * once, not said, and one letter off a word that was said and that the screen shows elsewhere,
   * takes that spelling; two witnesses agree against one.
   */
  private static List<OcrWord> respelled(List<OcrWord> words, List<String> spoken, List<OcrLabel> labels) {
    List<String> elsewhere = new ArrayList<>();
    List<OcrWord> out = new ArrayList<>();
    for (OcrWord word : words) {
      String read = ScreenWords.normalize(word.text());
      elsewhere.clear();
      labels.stream().flatMap(l -> l.words().stream()).filter(w -> w != word)
          .forEach(w -> elsewhere.add(ScreenWords.normalize(w.text())));
      boolean doubtful = read.length() >= MIN_RESPELLED && !spoken.contains(read) && !elsewhere.contains(read);
      String better = !doubtful ? null : elsewhere.stream()
          .filter(w -> spoken.contains(w) && SoundsLike.editDistance(read, w) == 1 && !isPlural(read, w))
          .findFirst()
          .orElse(null);
      out.add(better == null ? word : new OcrWord(sameCase(better, word.text()), word.box(), word.confidence(),
          word.inverted()));
    }
    return out;
  }

  /** Whether one word is the other with an s: two words, both likely read right. */
  private static boolean isPlural(String a, String b) {
    return a.equals(b + "s") || b.equals(a + "s");
  }

  /** {@code word} with its first letter in the case of {@code like}'s first letter. */
  private static String sameCase(String word, String like) {
    boolean upper = !like.isEmpty() && Character.isUpperCase(like.charAt(0));
    return (upper ? word.substring(0, 1).toUpperCase(Locale.ROOT) : word.substring(0, 1)) + word.substring(1);
  }

  /** The short label right at a small change (a box ticked, a field typed into), or null. */
  Target atChange(List<OcrLabel> labels, Region changed, double frameArea) {
    if (changed != null && changed.area() < SMALL_CHANGE * frameArea) {
      OcrLabel nearest = nearest(labels, changed);
      if (nearest != null) {
        return target(nearest.words(), "screen");
      }
    }
    return null;
  }

  /**
   * The short label right under the pointer's tip, or null: a button's text, a link, a row's name
   * (at most a button's padding away). Not a lone character (an icon, a speck read as a letter).
   */
  Target underPointer(List<OcrLabel> labels, Region pointer) {
    OcrLabel best = null;
    double bestDistance = UNDER_POINTER;
    for (OcrLabel label : labels) {
      Region box = label.box();
      // a box or a radio button is clicked left of its label, on its line
      boolean controlBefore = pointer.y() >= box.y() - CONTROL_SLACK && pointer.y() <= box.y() + box.height() + CONTROL_SLACK
          && box.x() >= pointer.x() && box.x() - pointer.x() <= CONTROL_WIDTH;
      double d = controlBefore ? 0 : distance(box, pointer);
      if (label.words().size() <= MAX_NEAREST_WORDS && label.text().strip().length() > 1 && d <= bestDistance) {
        best = label;
        bestDistance = d;
      }
    }
    return best == null ? null : target(best.words(), "pointer");
  }

  /** Whether a target lies at or next to where the screen changed (anywhere, when that is unknown). */
  static boolean isAt(Target target, Region changed) {
    return changed == null || distance(target.box(), changed) < NEXT_TO;
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

  /**
   * The part of the label the narration says, from its first to its last word said; the whole
   * label when it is short or said from its start ("Revoke VPN and SSO" for the box "Revoke VPN and
   * SSO on last day": narrators shorten a long name, they do not start in its middle); or null.
   */
  private static Named named(List<String> spoken, List<SaidVerb> verbs, boolean loneVerbs, OcrLabel label,
      Region changed) {
    List<OcrWord> words = label.words();
    List<Integer> content = new ArrayList<>();
    List<String> spelled = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = ScreenWords.spoken(ScreenWords.normalize(words.get(i).text()));
      if (!word.isEmpty() && !(StopWords.contains(word) && words.size() > 1)) {
        content.add(i);
        spelled.add(word);
      }
    }
    double letters = 0;
    double said = 0;
    int wordsSaid = 0;
    int first = -1;
    int last = -1;
    for (int k = 0; k < content.size(); k++) {
      String word = spelled.get(k);
      letters += word.length();
      boolean wordSaid = isSaid(word, spoken);
      boolean byVerb = false;
      if (!wordSaid && k == 0 && words.size() > 1) {
        SaidVerb verb = verbs.stream().filter(v -> v.is(word)).findFirst().orElse(null);
        // The verb and the words after it say the label in order ("submit ticket"): a name said
        // whole; a verb alone is weaker witness, taken only when nothing else is named.
        boolean inOrder = verb != null && content.size() > 1 && isSaid(spelled.get(1), verb.next());
        byVerb = inOrder || (verb != null && loneVerbs);
        wordsSaid += inOrder ? 1 : 0;
      }
      if (wordSaid || byVerb) {
        said += word.length();
        wordsSaid += wordSaid ? 1 : 0;
        first = first < 0 ? content.get(k) : first;
        last = content.get(k);
      }
    }
    int start = content.isEmpty() ? -1 : content.get(0);
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
    List<OcrWord> named = first == start && isName(words) ? words : part;
    return new Named(named, share, wordsSaid, nearness(boxOf(named), changed));
  }

  /** Whether the words read as one name: no comma or full stop between them (a sentence has them). */
  private static boolean isName(List<OcrWord> words) {
    return words.subList(0, words.size() - 1).stream().noneMatch(w -> w.text().matches(".*[.,;:]$"));
  }

  /** An action verb as said, and the words said right after it. */
  record SaidVerb(String verb, List<String> next) {
    /** Whether it is this word of a label, in any of their forms ("returned" for "Return"). */
    boolean is(String labelWord) {
      String base = UiVerbs.baseForm(labelWord).orElse(null);
      return base != null && UiVerbs.baseForm(verb).map(base::equals).orElse(false);
    }
  }

  /** Whether a word of the screen was said: alike to a spoken word that names something, or to two run together. */
  private static boolean isSaid(String word, List<String> spoken) {
    for (int i = 0; i < spoken.size(); i++) {
      // "for" is not the number 4, nor "to" 2: a word that says nothing names nothing on its own.
      if (!StopWords.contains(spoken.get(i)) && SoundsLike.similarity(word, spoken.get(i)) >= WORD_MATCH) {
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
    double bestDistance = NEXT_TO;
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
    if (words.size() > 1 && isIconGlyph(words.get(0).text())) {
      words = words.subList(1, words.size());
    }
    List<String> text = new ArrayList<>();
    words.forEach(w -> text.add(w.text()));
    return new Target(String.join(" ", text).replaceAll("^[‘’'\"“”]+|[‘’'\"“”,.:;]+$", ""), boxOf(words), source);
  }

  /**
   * A lone character read from an icon in front of a label: the magnifier of a search box ("Q"), a
   * tick ("v"), a plus. Not "A" or "I", which are words, nor a digit.
   */
  private static boolean isIconGlyph(String word) {
    return word.length() == 1 && !Character.isDigit(word.charAt(0)) && !"AaI".contains(word);
  }

  private static Region boxOf(List<OcrWord> words) {
    Region box = words.get(0).box();
    for (OcrWord w : words) {
      box = box.union(w.box());
    }
    return box;
  }
}

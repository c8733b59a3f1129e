package io.reel2sop.screen;

import io.reel2sop.model.Region;
import io.reel2sop.model.SceneCut;
import io.reel2sop.model.ScreenChange;
import io.reel2sop.ocr.OcrLabel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which changes of the screen a person would call a new screen: a page, a dialog or a panel, a
 * tab, a wizard's next page. Nearly the whole screen changed (a dialog dims the page behind it) is
 * one. A smaller part is one when its text was replaced: a good share of what it said is gone and
 * a good share of what it says now is new. Not a new screen: a list filtered or sorted (no new
 * text), a menu or date picker opening over the page (little gone), an item expanding in place, a
 * scroll, a message or a control changing (too small).
 */
public final class NewScreens {
  /** A change this large is a new screen whatever it shows. */
  static final double NEARLY_ALL = 0.85;
  /** A change this large is a new screen when much of its text is gone or new (a tab, a list). */
  static final double MOST = 0.6;
  /** The share of text gone or new that makes a change of {@link #MOST} a new screen. */
  static final double MOST_TEXT_SHARE = 0.4;
  /**
   * A change smaller than this is a control, a message, a suggestion list or a caret, never a new
   * screen (a wizard's page on a large monitor still changes more).
   */
  static final double SMALLEST = 0.10;
  /** Mean share of the changed part's words that are new and that are gone, for text replaced. */
  static final double REPLACED_SHARE = 0.3;
  /** Neither share may be below this: a list growing or shrinking replaces nothing. */
  static final double LEAST_SHARE = 0.25;
  /**
   * Words gone and words new must balance at least this well: a menu or a date picker closing
   * uncovers much and takes little away (and opening, the other way round).
   */
  static final double BALANCE = 0.3;
  /** At least this many words must be new, and gone: a heading alone can be an update. */
  static final int REPLACED_WORDS = 3;
  /** Words shorter than this (digits, "to", "of") say little about which screen it is. */
  static final int MIN_WORD = 3;
  /** A change this soon after one that was no new screen may take it back. */
  static final double UNDO_WITHIN = 10.0;
  /** Share of the text a change brings that must have been there before, for it to take one back. */
  static final double RESTORED_SHARE = 0.8;
  /** Two new screens this close are one navigation: the loading state, then the content. */
  static final double LOADING_GAP = 1.5;

  private NewScreens() {}

  /**
   * The new screens among {@code changes}, given the screen read in each still period, as cuts at
   * the moment each became readable. {@code filmCuts} are cuts found in footage that never stands
   * still (a video played on the screen, a camera): they are kept as they are.
   */
  public static List<SceneCut> judge(
      List<ScreenChange> changes, List<ScreenReading> readings, List<SceneCut> filmCuts) {
    List<SceneCut> cuts = new ArrayList<>();
    List<ScreenChange> notNew = new ArrayList<>();
    for (ScreenChange change : changes) {
      if (change.kind() != ScreenChange.Kind.REPLACED) {
        continue;
      }
      if (!isNewScreen(change, readings) || undoes(change, notNew, readings)) {
        notNew.add(change);
      } else {
        SceneCut cut = new SceneCut(change.readable(), change.area(), change.settled(), change.changed());
        if (!cuts.isEmpty() && cut.time() - cuts.get(cuts.size() - 1).settledTime() < LOADING_GAP) {
          cuts.set(cuts.size() - 1, cut); // the content the loading state was waiting for
        } else {
          cuts.add(cut);
        }
      }
    }
    for (SceneCut film : filmCuts) {
      boolean inStillFootage = changes.stream().anyMatch(c -> c.kind() != ScreenChange.Kind.MOTION
          && film.time() >= c.start() - 0.1 && film.time() <= c.settled() + 0.1);
      if (!inStillFootage) {
        cuts.add(film);
      }
    }
    cuts.sort(java.util.Comparator.comparingDouble(SceneCut::time));
    return cuts;
  }

  static boolean isNewScreen(ScreenChange change, List<ScreenReading> readings) {
    if (change.area() >= NEARLY_ALL) {
      return true;
    }
    if (change.area() < SMALLEST || change.changed() == null) {
      return false;
    }
    ScreenReading before = readingAt(readings, change.start() - 0.01);
    ScreenReading after = readingAt(readings, change.settled());
    if (before == null || after == null) {
      return false;
    }
    List<String> was = words(before.labels(), change.changed());
    List<String> is = words(after.labels(), change.changed());
    Set<String> everythingBefore = new HashSet<>(words(before.labels(), null));
    Set<String> everythingAfter = new HashSet<>(words(after.labels(), null));
    long appeared = is.stream().filter(w -> !everythingBefore.contains(w)).count();
    long vanished = was.stream().filter(w -> !everythingAfter.contains(w)).count();
    double newShare = is.isEmpty() ? 0 : appeared / (double) is.size();
    double goneShare = was.isEmpty() ? 0 : vanished / (double) was.size();
    if (change.area() >= MOST && Math.max(newShare, goneShare) >= MOST_TEXT_SHARE) {
      return true;
    }
    return appeared >= REPLACED_WORDS && vanished >= REPLACED_WORDS
        && (newShare + goneShare) / 2 >= REPLACED_SHARE && Math.min(newShare, goneShare) >= LEAST_SHARE
        && Math.min(appeared, vanished) >= BALANCE * Math.max(appeared, vanished);
  }

  /**
   * Whether {@code change} takes back a recent change that was no new screen (a menu or a date
   * picker closing again): what it shows anew was on the screen before that one.
   */
  private static boolean undoes(ScreenChange change, List<ScreenChange> notNew, List<ScreenReading> readings) {
    ScreenReading after = readingAt(readings, change.settled());
    ScreenReading before = readingAt(readings, change.start() - 0.01);
    if (after == null || before == null) {
      return false;
    }
    Set<String> now = new HashSet<>(words(after.labels(), change.changed()));
    now.removeAll(words(before.labels(), null));
    for (int i = notNew.size() - 1; i >= 0 && change.start() - notNew.get(i).settled() <= UNDO_WITHIN; i--) {
      ScreenReading earlier = readingAt(readings, notNew.get(i).start() - 0.01);
      if (earlier != null && !now.isEmpty()) {
        Set<String> then = new HashSet<>(words(earlier.labels(), null));
        long restored = now.stream().filter(then::contains).count();
        if (restored >= RESTORED_SHARE * now.size()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The reading of the still period covering {@code time}, or the last one before it. */
  public static ScreenReading readingAt(Collection<ScreenReading> readings, double time) {
    ScreenReading found = null;
    for (ScreenReading reading : readings) {
      if (reading.from() <= time + 1e-6 && (found == null || reading.from() >= found.from())) {
        found = reading;
      }
    }
    return found;
  }

  /** The words of the labels inside {@code area} (all of them when null), long enough to count. */
  private static List<String> words(List<OcrLabel> labels, Region area) {
    List<String> words = new ArrayList<>();
    for (OcrLabel label : labels) {
      if (area == null || overlaps(label.box(), area)) {
        ScreenWords.of(label.text()).stream()
            .filter(w -> w.length() >= MIN_WORD && !w.chars().allMatch(Character::isDigit))
            .forEach(words::add);
      }
    }
    return words;
  }

  private static boolean overlaps(Region a, Region b) {
    return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
        && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
  }
}

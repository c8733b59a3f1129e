package io.reel2sop.align;

import io.reel2sop.model.Region;
import io.reel2sop.model.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Groups the narration into steps with the help of what happened on the screen. A long pause
 * always ends a step; a shorter one (a speaker breathes between sentences about one action as
 * often as between two actions) ends one only where the screen shows that the next action came.
 * Narration before anything happens on the screen is the introduction, and narration after the
 * last action that says it is over is the conclusion; neither is a step. Screen actions nobody
 * spoke about become steps of their own.
 */
final class StepSegmenter {
  /** A pause at least this long always separates two steps. */
  static final double LONG_PAUSE = 0.75;
  /** Screen events closer than this are one action (a click, the list it opens, the page loading). */
  static final double ACTION_GAP = 1.5;
  /** Narration may start this long after the action it describes. */
  static final double NARRATION_LAG = 0.3;
  /** An action this long after the narration before it ended had no narration of its own. */
  static final double UNSPOKEN_AFTER = 3.0;
  /** A sentence that names an action starts a new step after a pause this long. */
  static final double SPOKEN_ACTION_PAUSE = 0.35;
  /** Words that, opening a phrase after a pause, move on to the next thing. */
  private static final Set<String> NEXT_THING =
      Set.of("then", "next", "now", "finally", "lastly", "also", "plus", "and", "okay", "ok");
  /** Narration about the new screen the last action led to is its result when it is a sentence this long. */
  static final int RESULT_WORDS = 5;
  /** Narration of the first action starts at most this long before it; earlier is introduction. */
  static final double FIRST_ACTION_LEAD = 2.5;

  private static final List<String> CLOSING_PHRASES =
      List.of("we are done", "we're done", "that's it", "that's how", "that is how", "and that's", "all done",
          "thanks for watching", "thank you for watching", "that's all", "you're all set", "we're all set",
          "and we're done", "and we are done", "that's everything");

  /** Words that open a procedure of a recording, wherever it is. */
  private static final List<String> OPENING_PHRASES =
      List.of("in this video", "this video", "this is how", "here's how", "here is how", "let me show you how");
  /** First words of a greeting, which opens a procedure. */
  private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "welcome");

  /** Words that say what the recording will show, at its start. */
  private static final List<String> INTRODUCING_PHRASES =
      List.of("in this video", "this video", "how to", "show you", "walk you through", "i'm going to",
          "i am going to", "i will", "i'll", "today");

  /**
   * One screen action: when it began and when the screen settled after it, what it changed
   * (video pixels, null for the whole screen) and how much of the screen (0..1), and whether it
   * alone is enough to make a step.
   */
  record Action(double time, double settled, Region changed, double area, boolean strong) {}

  /**
   * A step: the phrases that narrate it (possibly none) and the screen actions it covers (possibly
   * none, for an action too small to see).
   */
  record Span(List<Phrase> phrases, List<Action> actions) {
    double start() {
      return phrases.isEmpty() ? actions.get(0).time() : phrases.get(0).start();
    }
  }

  /** The introduction, the steps in time order, and the conclusion. */
  record Segmentation(List<Phrase> intro, List<Span> steps, List<Phrase> outro) {}

  private final Predicate<Phrase> namesAnAction;
  private final BiFunction<Phrase, Double, Target> labelNamed;

  /** {@code namesAnAction}: whether a phrase, said on its own, tells the viewer to do something. */
  StepSegmenter(Predicate<Phrase> namesAnAction) {
    this(namesAnAction, (phrase, time) -> null);
  }

  /**
   * {@code labelNamed}: the element a phrase names on the screen shown at a time, or null (the
   * screen's text: a phrase naming one box of a form after one naming another is the next action,
   * even when ticking a box is too small to see).
   */
  StepSegmenter(Predicate<Phrase> namesAnAction, BiFunction<Phrase, Double, Target> labelNamed) {
    this.namesAnAction = namesAnAction;
    this.labelNamed = labelNamed;
  }

  /** {@code phrases} and {@code actions} in time order. */
  Segmentation segment(List<Phrase> phrases, List<Action> actions) {
    List<List<Phrase>> runs = runs(phrases);
    List<List<Action>> byRun = new ArrayList<>();
    runs.forEach(r -> byRun.add(new ArrayList<>()));
    List<Action> beforeSpeech = new ArrayList<>();
    for (Action action : actions) {
      int run = lastRunStartedBy(runs, action.time() + NARRATION_LAG);
      (run < 0 ? beforeSpeech : byRun.get(run)).add(action);
    }
    List<Span> steps = new ArrayList<>();
    unspoken(beforeSpeech, steps);
    for (int r = 0; r < runs.size(); r++) {
      List<Phrase> run = runs.get(r);
      if (r == 0 && steps.isEmpty()) {
        int introEnd = introductionEnd(run, byRun.get(r));
        if (introEnd > 0) {
          steps.add(new Span(List.copyOf(run.subList(0, introEnd)), List.of()));
          run = run.subList(introEnd, run.size());
        }
      }
      split(run, byRun.get(r), steps);
    }
    List<Phrase> intro = List.of();
    if (steps.size() > 1 && isIntroduction(steps.get(0), steps)) {
      intro = steps.remove(0).phrases();
    }
    List<Phrase> outro = steps.size() > 1 ? takeConclusion(steps) : List.of();
    for (int i = steps.size() - 2; i > 0; i--) {
      if (isBetweenProcedures(steps.get(i))) {
        steps.remove(i);
      }
    }
    return new Segmentation(intro, steps, outro);
  }

  /** Phrases between long pauses. */
  private static List<List<Phrase>> runs(List<Phrase> phrases) {
    List<List<Phrase>> runs = new ArrayList<>();
    for (Phrase phrase : phrases) {
      boolean newRun = runs.isEmpty() || phrase.start() - last(last(runs)).end() >= LONG_PAUSE;
      if (newRun) {
        runs.add(new ArrayList<>());
      }
      last(runs).add(phrase);
    }
    return runs;
  }

  private static int lastRunStartedBy(List<List<Phrase>> runs, double time) {
    int found = -1;
    for (int r = 0; r < runs.size() && runs.get(r).get(0).start() <= time; r++) {
      found = r;
    }
    return found;
  }

  /**
   * In the first run of narration, where the introduction ends: at the longest pause shortly
   * before the first thing happens on the screen, when the run began well before it; 0 for none.
   */
  private static int introductionEnd(List<Phrase> run, List<Action> actions) {
    if (actions.isEmpty() || actions.get(0).time() - run.get(0).start() <= FIRST_ACTION_LEAD) {
      return 0;
    }
    double first = actions.get(0).time();
    int cut = longestPauseBetween(run, 0, first - FIRST_ACTION_LEAD, first);
    return cut > 0 && run.get(cut).start() - run.get(cut - 1).end() >= SPOKEN_ACTION_PAUSE ? cut : 0;
  }

  /**
   * Splits a run of phrases into one step per action it covers: before each later action seen
   * on the screen, at the longest pause between the previous action and it; and before a phrase
   * that names an action after a pause, when the part before it already had an action (an action
   * too small to see, such as ticking a box, still gets its step). Actions long after the run ended
   * that are strong enough become steps of their own.
   */
  private void split(List<Phrase> run, List<Action> actions, List<Span> steps) {
    double spokenUntil = last(run).end();
    List<Action> spoken = new ArrayList<>();
    List<Action> later = new ArrayList<>();
    for (Action action : actions) {
      (action.time() > spokenUntil + UNSPOKEN_AFTER ? later : spoken).add(action);
    }
    boolean[] cutBefore = new boolean[run.size()];
    List<List<Action>> clusters = clusters(spoken);
    for (int c = 1; c < clusters.size(); c++) {
      int cut = longestPauseBetween(run, 0, clusters.get(c - 1).get(0).time(), clusters.get(c).get(0).time());
      if (cut > 0) {
        cutBefore[cut] = true;
      }
    }
    int from = 0;
    for (int i = 1; i <= run.size(); i++) {
      boolean newPhrase = i < run.size()
          && (run.get(i).opensSentence() || run.get(i).start() - run.get(i - 1).end() >= SPOKEN_ACTION_PAUSE);
      boolean spokenCut = newPhrase
          && ((namesAnAction.test(run.get(i)) || startsNextThing(run.get(i))) && hasAction(run, from, i, spoken)
              || namesAnotherElement(run, from, i, spoken));
      if (i == run.size() || cutBefore[i] || spokenCut) {
        steps.add(new Span(List.copyOf(run.subList(from, i)), actionsOf(spoken, run, from, i)));
        from = i;
      }
    }
    unspoken(later, steps);
  }

  /**
   * Whether a phrase opens with a word that moves the narration on to the next thing ("then the
   * Save button", "and an external monitor too").
   */
  private static boolean startsNextThing(Phrase phrase) {
    String first = phrase.words().get(0).word().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return NEXT_THING.contains(first);
  }

  /**
   * Whether phrase {@code at} names an element on the screen as it was when phrase {@code from}
   * began, and the phrases before it since {@code from} named another one there. An element in what
   * an action since then opened or changed (the option of a list just opened, a row of the page
   * just loaded) is that action's.
   */
  private boolean namesAnotherElement(List<Phrase> run, int from, int at, List<Action> actions) {
    double time = run.get(from).start();
    Target named = labelNamed.apply(run.get(at), time);
    if (named == null || actionsOf(actions, run, from, at).stream()
        .anyMatch(a -> a.changed() == null || a.changed().overlapsMostly(named.box()))) {
      return false;
    }
    for (int j = from; j < at; j++) {
      Target before = labelNamed.apply(run.get(j), time);
      if (before != null) {
        return !before.label().equalsIgnoreCase(named.label());
      }
    }
    return false;
  }

  /** Whether phrases [from, to) of the run name an action or were said around one on the screen. */
  private boolean hasAction(List<Phrase> run, int from, int to, List<Action> actions) {
    return run.subList(from, to).stream().anyMatch(namesAnAction) || !actionsOf(actions, run, from, to).isEmpty();
  }

  /**
   * The index of the phrase after the longest pause whose next phrase starts after the previous
   * action and no later than shortly after the next one; -1 when there is none.
   */
  private static int longestPauseBetween(List<Phrase> run, int from, double previous, double next) {
    int best = -1;
    double longest = -1;
    for (int i = from + 1; i < run.size(); i++) {
      double starts = run.get(i).start();
      double pause = starts - run.get(i - 1).end();
      if (starts > previous && starts <= next + NARRATION_LAG && pause >= longest) {
        longest = pause;
        best = i;
      }
    }
    return best;
  }

  /** The actions said in phrases [from, to) of a run: from their start until the next phrase's. */
  private static List<Action> actionsOf(List<Action> actions, List<Phrase> run, int from, int to) {
    double start = from == 0 ? Double.NEGATIVE_INFINITY : run.get(from).start() - NARRATION_LAG;
    double end = to >= run.size() ? Double.POSITIVE_INFINITY : run.get(to).start() - NARRATION_LAG;
    return actions.stream().filter(a -> a.time() >= start && a.time() < end).toList();
  }

  /** Strong actions without narration (new screens): one step each. */
  private static void unspoken(List<Action> actions, List<Span> steps) {
    for (Action action : actions) {
      if (action.strong()) {
        steps.add(new Span(List.of(), List.of(action)));
      }
    }
  }

  private static List<List<Action>> clusters(List<Action> actions) {
    List<List<Action>> clusters = new ArrayList<>();
    for (Action action : actions) {
      if (clusters.isEmpty() || action.time() - last(last(clusters)).time() > ACTION_GAP) {
        clusters.add(new ArrayList<>());
      }
      last(clusters).add(action);
    }
    return clusters;
  }

  /**
   * Narration before anything happened on the screen (or while only small things changed, when it
   * says what the recording will show: the pointer moving about) that tells the viewer to do nothing
   * (or, with nothing happening at all, that opens with a greeting: "hi everyone, a new designer
   * starts next week and I'll prepare her laptop" says what is to come), followed by a step narrated
   * apart that has an action (narration followed only by an unspoken action is that action's step).
   */
  private boolean isIntroduction(Span first, List<Span> steps) {
    Span second = steps.get(1);
    return !first.phrases().isEmpty() && first.actions().stream().noneMatch(Action::strong)
        && (first.actions().isEmpty() || introduces(first))
        && (first.phrases().stream().noneMatch(namesAnAction) || first.actions().isEmpty() && greets(first))
        && !second.phrases().isEmpty() && !second.actions().isEmpty();
  }

  /**
   * Takes the conclusion out of the last step: its phrases from one that says the procedure is over
   * when the phrases before it did something ("so I click Yes. That's how you find an answer."), else
   * all of it.
   */
  private List<Phrase> takeConclusion(List<Span> steps) {
    Span last = last(steps);
    for (int k = 1; k < last.phrases().size(); k++) {
      double from = last.phrases().get(k).start() - NARRATION_LAG;
      Span head = new Span(last.phrases().subList(0, k), last.actions().stream().filter(a -> a.time() < from).toList());
      Span tail = new Span(last.phrases().subList(k, last.phrases().size()),
          last.actions().stream().filter(a -> a.time() >= from).toList());
      boolean headIsAStep = !head.actions().isEmpty() || head.phrases().stream().anyMatch(namesAnAction);
      if (headIsAStep && saysItIsOver(tail) && isConclusion(tail, head)) {
        steps.set(steps.size() - 1, head);
        return tail.phrases();
      }
    }
    if (isConclusion(last, steps.get(steps.size() - 2))) {
      steps.remove(steps.size() - 1);
      return last.phrases();
    }
    return List.of();
  }

  /**
   * Narration after the last action that says the procedure is over, or that only describes what
   * the last action led to: it tells the viewer to do nothing, nothing new appears on the screen
   * while it is said (a toast leaving or a row lighting up are no step), and either it says it is
   * over or the step before it ended on a new screen, which it describes in a sentence (a name said
   * alone, "the category list", is the next thing done on that screen).
   */
  private boolean isConclusion(Span last, Span before) {
    if (last.phrases().isEmpty() || last.actions().stream().anyMatch(Action::strong)) {
      return false;
    }
    if (last.actions().isEmpty() && CLOSING_PHRASES.stream().anyMatch(lowerText(last)::contains)) {
      return true;
    }
    return last.phrases().stream().noneMatch(namesAnAction)
        && (saysItIsOver(last)
            || before.actions().stream().anyMatch(Action::strong) && wordCount(last) >= RESULT_WORDS);
  }

  /** A closing phrase ("that's it", "thanks for watching"), or "done" ("and we're done", "Helen done"). */
  private static boolean saysItIsOver(Span span) {
    String text = lowerText(span);
    return CLOSING_PHRASES.stream().anyMatch(text::contains) || Arrays.asList(text.split("[^a-z']+")).contains("done");
  }

  /**
   * Narration in the middle of a recording of several procedures that ends one ("and that's it",
   * "we're done") or opens the next ("hi, in this video…", "this is how you…"), while nothing new
   * appears on the screen and nothing is to be done: no step. Its words stay in the transcript.
   */
  private boolean isBetweenProcedures(Span span) {
    if (span.phrases().isEmpty() || span.actions().stream().anyMatch(Action::strong)
        || span.phrases().stream().anyMatch(namesAnAction)) {
      return false;
    }
    String text = lowerText(span);
    return CLOSING_PHRASES.stream().anyMatch(text::contains)
        || OPENING_PHRASES.stream().anyMatch(text::contains)
        || greets(span)
        || span.phrases().stream().map(StepSegmenter::words)
            .anyMatch(w -> w.get(0).equals("done") || w.get(w.size() - 1).equals("done"));
  }

  private static boolean greets(Span span) {
    return GREETINGS.contains(words(span.phrases().get(0)).get(0));
  }

  private static List<String> words(Phrase phrase) {
    return phrase.words().stream().map(w -> w.word().toLowerCase(Locale.ROOT).replaceAll("[^a-z']", "")).toList();
  }

  /** Whether the narration says what the recording will show ("in this video", "this is how to"). */
  private static boolean introduces(Span span) {
    String text = lowerText(span);
    return INTRODUCING_PHRASES.stream().anyMatch(text::contains);
  }

  private static long wordCount(Span span) {
    return span.phrases().stream().mapToLong(p -> p.words().size()).sum();
  }

  private static String lowerText(Span span) {
    return Phrase.text(span.phrases()).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}

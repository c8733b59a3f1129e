package io.reel2sop.align;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.PointerRest;
import io.reel2sop.model.Region;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SceneCut;
import io.reel2sop.model.ScreenChange;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.Step;
import io.reel2sop.model.Target;
import io.reel2sop.model.Transcript;
import io.reel2sop.model.Word;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.screen.NewScreens;
import io.reel2sop.screen.PageTitle;
import io.reel2sop.screen.ScreenReading;
import io.reel2sop.screen.ScreenWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * Turns a recording's speech and screen changes into numbered steps: the narration grouped into
 * one step per action ({@link StepSegmenter}), each shown at the screen its action led to, plus a
 * step for each screen change nobody spoke about. The introduction and the conclusion are not
 * steps; they are returned apart.
 */
public final class StepAligner {

  static final String OPENING_INSTRUCTION = "Start on this screen.";
  /** Phrases are cut at pauses this long; the segmenter decides which of them end a step. */
  static final double PHRASE_PAUSE = 0.25;
  /** Words besides an element's name in an instruction that is only the action on it ("Go to the"). */
  private static final int ACTION_WORDS = 3;
  /** Words of an instruction that say where on the screen. */
  private static final Set<String> PLACES = Set.of("top", "bar", "menu", "header", "navigation", "nav", "sidebar");
  /** Words of an instruction that stand for something named before it. */
  private static final Set<String> POINTING_BACK =
      Set.of("his", "her", "it", "its", "their", "them", "him");
  /** Without a change on the screen, the action is taken to come this long after its narration starts. */
  static final double NARRATION_LEAD = 0.3;
  /** The pointer's rest that placed an action: the last one at most this long before it… */
  private static final double POINTER_BEFORE = 4.0;
  /**
   * …and at least this long before it: a click comes after the pointer stopped, while a row or
   * button lights up as the pointer reaches it, before it stops.
   */
  private static final double POINTER_STILL = 0.03;

  private final InstructionCleaner cleaner = new InstructionCleaner();
  private final TargetFinder finder = new TargetFinder();
  private final LabelInInstruction labels = new LabelInInstruction();

  /** The steps, and the narration before and after them. */
  public record Alignment(List<Step> steps, String introduction, String conclusion) {}

  public List<Step> align(Transcript transcript, SceneAnalysis scenes, double durationSeconds, AlignSettings settings) {
    return alignWithContext(transcript, scenes, List.of(), durationSeconds, settings).steps();
  }

  /**
   * {@code readings}: the text on the screen in each still period (may be empty), to name the
   * element each step acted on.
   */
  public Alignment alignWithContext(Transcript transcript, SceneAnalysis scenes, List<ScreenReading> readings,
      double durationSeconds, AlignSettings settings) {
    List<Phrase> phrases = phrases(transcript).stream()
        .filter(p -> !cleaner.clean(p.text()).isEmpty())
        .toList();
    double duration = knownDuration(durationSeconds, phrases, scenes);
    List<SceneCut> cuts = scenes.cuts().stream()
        .filter(c -> c.time() >= 0 && c.time() <= duration)
        .sorted(Comparator.comparingDouble(SceneCut::time))
        .toList();
    List<StepSegmenter.Action> actions = actions(scenes, cuts);
    StepSegmenter segmenter = new StepSegmenter(p -> cleaner.namesAnAction(p.text()),
        (phrase, time) -> labelNamed(phrase, readings, time));
    StepSegmenter.Segmentation segmentation = segmenter.segment(phrases, actions);
    List<StepSegmenter.Span> spans = new ArrayList<>(segmentation.steps());
    spans.removeIf(s -> !s.phrases().isEmpty() && cleaner.isFillerOnly(Phrase.text(s.phrases())) && s.actions().isEmpty());
    if (phrases.isEmpty() && (spans.isEmpty() || spans.get(0).start() > settings.startShot())) {
      spans.add(0, new StepSegmenter.Span(List.of(), List.of()));
    }
    ShotPlanner planner = new ShotPlanner(cuts, scenes.localChanges(), actions, duration, settings);
    double conclusionStart = segmentation.outro().isEmpty() ? duration : segmentation.outro().get(0).start();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      StepSegmenter.Span span = spans.get(i);
      StepSegmenter.Span next = i + 1 < spans.size() ? spans.get(i + 1) : null;
      double start = i == 0 && span.phrases().isEmpty() && span.actions().isEmpty() ? 0 : Math.max(0, span.start());
      double end = next != null ? Math.max(start, next.start()) : Math.max(start, conclusionStart);
      int index = i + 1;
      ShotPlanner.Shot shot = planner.forStep(span, next, end);
      Screenshot screenshot = new Screenshot(ScreenshotPaths.forStep(index, spans.size()), shot.time());
      String instruction = instructionFor(span, cuts, readings);
      Target target = targetOf(span, readings, scenes, instruction);
      if (target != null) {
        instruction = span.phrases().isEmpty() ? "Click " + target.label() + "."
            : labels.write(instruction, target.label(), firstVerb(span));
        ScreenReading screen = NewScreens.readingAt(readings, actedAt(span) - 0.02);
        if (TopBar.holds(target.box(), screen)) {
          instruction = inTopBar(instruction, target.label());
        } else if (TabStrip.holds(target.box(), screen, newScreenChange(span)) && isActionOn(instruction, target.label())) {
          instruction = "Open the " + TabStrip.name(target.label()) + " tab.";
        }
      }
      Region highlight = target != null ? grown(target.box()) : shot.highlight();
      steps.add(new Step(index, instruction, Phrase.text(span.phrases()).strip(), Math.min(start, duration),
          Math.min(end, duration), screenshot, highlight, confidenceFor(span), target, String.valueOf(index)));
    }
    return new Alignment(List.copyOf(steps), Phrase.text(segmentation.intro()).strip(),
        Phrase.text(segmentation.outro()).strip());
  }

  /**
   * The element the step acted on, among the text on the screen just before its action: named by
   * its narration, near what changed.
   */
  private Target targetOf(StepSegmenter.Span span, List<ScreenReading> readings, SceneAnalysis scenes,
      String instruction) {
    if (span.phrases().isEmpty() && span.actions().isEmpty()) {
      return null;
    }
    double acted = actedAt(span);
    ScreenReading screen = NewScreens.readingAt(readings, acted - 0.02);
    if (screen == null) {
      return null;
    }
    // Where the pointer stopped before the click: a new screen is the action's clearest sign (a
    // small change before it may be the pointer lighting things up on its way). With no change seen
    // at all, the time is a guess from the narration: a rest after it may be the pointer moving on
    // while the narrator speaks of what is already there, so only one before it counts. A large
    // change in place (a list scrolled, a section expanding) is no sign of a click where it rested.
    Optional<StepSegmenter.Action> newScreen = span.actions().stream().filter(StepSegmenter.Action::strong).findFirst();
    double clicked = newScreen.map(StepSegmenter.Action::time).orElse(acted);
    boolean clickedThere = newScreen.isPresent() || span.actions().isEmpty()
        || span.actions().get(0).area() < TargetFinder.SMALL_CHANGE;
    Region pointer = !clickedThere ? null
        : pointerAt(scenes.pointerRests(), clicked - POINTER_BEFORE, clicked - POINTER_STILL);
    Region changed = pointer != null ? pointer : pointedAt(span, scenes.localChanges(), acted);
    // The instruction first: it is the action without the reason said before it ("I only want open
    // tickets, so set the status to Open"), unless it points back into the reason ("Marcus Webb is
    // leaving, so I'll click his name").
    boolean pointsBack = SaidWords.of(instruction).spoken().stream().anyMatch(POINTING_BACK::contains);
    SaidWords instructed = SaidWords.of(span.phrases().isEmpty() || pointsBack ? "" : instruction);
    SaidWords said = SaidWords.of(span.phrases());
    double frameArea = (double) screen.width() * screen.height();
    Target named = finder.named(instructed.spoken(), instructed.verbs(), screen.labels(), changed);
    named = named != null ? named : finder.named(said.spoken(), said.verbs(), screen.labels(), changed);
    // A label the narration names away from where the pointer clicked is a word misheard as it, or
    // an element spoken of in passing: the one under the pointer is the one acted on.
    Target underPointer = pointer == null ? null : finder.underPointer(screen.labels(), pointer);
    if (named != null && underPointer != null && !TargetFinder.isAt(named, pointer)) {
      named = underPointer;
    }
    if (named != null) {
      return FieldLabel.of(named, screen.labels());
    }
    // Nothing said names it: the link whose words name the new screen, when it is where the action
    // happened, tells more than being next to the change; then what is next to the change.
    ScreenReading after = newScreen(span, readings);
    boolean newPlace = after != null && after != screen && !isReturn(screen, after, readings);
    Target link = newPlace ? finder.leadingTo(screen.labels(), PageTitle.of(screen), PageTitle.of(after), changed) : null;
    if (link != null && TargetFinder.isAt(link, changed)) {
      return link;
    }
    Target atChange = finder.atChange(screen.labels(), changed, frameArea);
    return atChange != null ? FieldLabel.of(atChange, screen.labels()) : link;
  }

  /** When the step's action happened: its first change on the screen, else shortly after it was said. */
  private static double actedAt(StepSegmenter.Span span) {
    return span.actions().isEmpty() ? span.start() + NARRATION_LEAD : span.actions().get(0).time();
  }

  /**
   * "Click Tickets." as "In the top navigation bar, click Tickets.": an instruction that is the
   * action on the link and little more ("Go to the Tickets."), and does not say where already.
   */
  private static String inTopBar(String instruction, String label) {
    String first = instruction.split(" ")[0];
    boolean saysWhere = Stream.of(instruction.toLowerCase(Locale.ROOT).split("[^a-z]+")).anyMatch(PLACES::contains);
    return !isActionOn(instruction, label) || saysWhere ? instruction
        : "In the top navigation bar, " + first.toLowerCase(Locale.ROOT) + instruction.substring(first.length());
  }

  /** Whether an instruction is the action on the label and little more ("Go to the Tickets."). */
  private static boolean isActionOn(String instruction, String label) {
    List<String> words = List.of(instruction.split(" "));
    int at = instruction.toLowerCase(Locale.ROOT).indexOf(label.toLowerCase(Locale.ROOT));
    return UiVerbs.isVerb(ScreenWords.normalize(words.get(0))) && at > 0
        && words.size() <= label.split("\\s+").length + ACTION_WORDS;
  }

  /** Where the step's first new screen changed the screen, or null when it made none. */
  private static Region newScreenChange(StepSegmenter.Span span) {
    return span.actions().stream().filter(StepSegmenter.Action::strong).findFirst()
        .map(StepSegmenter.Action::changed).orElse(null);
  }

  /** The element on the screen at {@code time} that a phrase names, or null. */
  private Target labelNamed(Phrase phrase, List<ScreenReading> readings, double time) {
    ScreenReading screen = NewScreens.readingAt(readings, time);
    if (screen == null) {
      return null;
    }
    SaidWords said = SaidWords.of(List.of(phrase));
    return finder.named(said.spoken(), said.verbs(), screen.labels(), null);
  }

  /**
   * Whether the new screen is one seen before (a dialog closed over its page, a step back): its
   * heading stood at the same place on the screen it replaced or an earlier one. What leads back
   * there is rarely a link named after it (the menu always names it), so none is taken.
   */
  private static boolean isReturn(ScreenReading screen, ScreenReading after, List<ScreenReading> readings) {
    OcrLabel title = PageTitle.labelOf(after);
    if (title == null) {
      return false;
    }
    String heading = ScreenWords.normalize(title.text());
    return readings.stream()
        .filter(r -> r.from() <= screen.from())
        .flatMap(r -> r.labels().stream())
        .anyMatch(b -> ScreenWords.normalize(b.text()).equals(heading) && b.box().overlapsMostly(title.box()));
  }

  /** The screen a step's first new screen showed once settled, or null when the step made none. */
  private static ScreenReading newScreen(StepSegmenter.Span span, List<ScreenReading> readings) {
    return span.actions().stream().filter(StepSegmenter.Action::strong).findFirst()
        .map(a -> NewScreens.readingAt(readings, a.settled() + 0.05))
        .orElse(null);
  }

  /** Where the pointer last came to rest between two times; null when it was not seen to. */
  private static Region pointerAt(List<PointerRest> rests, double from, double until) {
    PointerRest at = null;
    for (PointerRest rest : rests) {
      if (rest.time() >= from && rest.time() <= until) {
        at = rest;
      }
    }
    return at == null ? null : new Region(at.x(), at.y(), 1, 1);
  }

  /**
   * Where the step's action happened: the small change its action made (a list opening, a box
   * ticked), else the local change right before it (the element lit up under the pointer), else the
   * first one soon after it (typing into a field); null when nothing small changed.
   */
  private static Region pointedAt(StepSegmenter.Span span, List<LocalChange> locals, double acted) {
    for (StepSegmenter.Action action : span.actions()) {
      if (!action.strong() && action.changed() != null) {
        return action.changed();
      }
    }
    LocalChange before = null;
    LocalChange after = null;
    for (LocalChange change : locals) {
      if (change.region() == null) {
        continue;
      }
      if (change.start() <= acted + 0.3 && change.end() >= acted - 1.0
          && (before == null || change.end() > before.end())) {
        before = change;
      } else if (change.start() > acted + 0.3 && change.start() <= acted + 1.5 && after == null) {
        after = change;
      }
    }
    return before != null ? before.region() : after != null ? after.region() : null;
  }

  /** A label's box with room around its text, as the element around it would have. */
  private static Region grown(Region box) {
    int margin = Math.max(4, box.height() / 2);
    return new Region(Math.max(0, box.x() - margin), Math.max(0, box.y() - margin),
        box.width() + 2 * margin, box.height() + 2 * margin);
  }

  /** The first action verb said in the step, in its base form ("ticked" is "tick"), or null. */
  private static String firstVerb(StepSegmenter.Span span) {
    return span.phrases().stream().flatMap(p -> p.words().stream())
        .map(w -> UiVerbs.baseForm(ScreenWords.normalize(w.word())))
        .flatMap(Optional::stream)
        .findFirst().orElse(null);
  }

  /** The transcript's words as phrases, spelled as the transcript writes them. */
  private static List<Phrase> phrases(Transcript transcript) {
    List<Phrase> phrases = new ArrayList<>();
    for (var utterance : transcript.utterances()) {
      List<Word> words = utterance.words();
      if (words.isEmpty()) {
        continue;
      }
      List<String> spelled = UtteranceSplitter.writtenWords(utterance);
      phrases.addAll(Phrase.split(words, spelled, PHRASE_PAUSE));
    }
    phrases.sort(Comparator.comparingDouble(Phrase::start));
    return phrases;
  }

  /**
   * What happened on the screen: every change that stayed (not a scroll), and every cut. Only a
   * new screen (a cut) is an action strong enough to be a step when nobody spoke about it.
   */
  static List<StepSegmenter.Action> actions(SceneAnalysis scenes, List<SceneCut> cuts) {
    List<StepSegmenter.Action> actions = new ArrayList<>();
    List<SceneCut> explained = new ArrayList<>();
    for (ScreenChange change : scenes.changes()) {
      if (change.kind() == ScreenChange.Kind.REPLACED || change.kind() == ScreenChange.Kind.EXPANDED) {
        List<SceneCut> its = cuts.stream()
            .filter(c -> c.time() >= change.start() - 0.1 && c.time() <= change.settled() + 0.1)
            .toList();
        explained.addAll(its);
        actions.add(new StepSegmenter.Action(change.start(), change.settled(), change.changed(), change.area(),
            !its.isEmpty()));
      }
    }
    for (SceneCut cut : cuts) {
      if (!explained.contains(cut)) {
        actions.add(new StepSegmenter.Action(cut.time(), cut.settledTime(), cut.changed(), cut.score(), true));
      }
    }
    actions.sort(Comparator.comparingDouble(StepSegmenter.Action::time));
    return actions;
  }

  private String instructionFor(StepSegmenter.Span span, List<SceneCut> allCuts, List<ScreenReading> readings) {
    if (!span.phrases().isEmpty()) {
      return cleaner.clean(Phrase.text(span.phrases()));
    }
    if (span.actions().isEmpty()) {
      return OPENING_INSTRUCTION;
    }
    ScreenReading after = newScreen(span, readings);
    String title = after == null ? null : PageTitle.of(after);
    if (title != null) {
      return "Go to " + title + ".";
    }
    double time = span.actions().get(0).time();
    long screen = allCuts.stream().filter(c -> c.time() <= time + 0.5).count() + 1;
    return "Go to the next screen (screen " + screen + ").";
  }

  private static double confidenceFor(StepSegmenter.Span span) {
    return span.phrases().stream().flatMap(p -> p.words().stream())
        .mapToDouble(Word::confidence).average().orElse(1.0);
  }

  /** The given duration, or when it is unknown, the last moment anything was seen or heard. */
  private static double knownDuration(double durationSeconds, List<Phrase> phrases, SceneAnalysis scenes) {
    if (durationSeconds > 0 && Double.isFinite(durationSeconds)) {
      return durationSeconds;
    }
    return DoubleStream.of(
            phrases.stream().mapToDouble(Phrase::end).max().orElse(0),
            scenes.cuts().stream().mapToDouble(SceneCut::settledTime).max().orElse(0),
            scenes.changes().stream().mapToDouble(ScreenChange::settled).max().orElse(0),
            scenes.localChanges().stream().mapToDouble(LocalChange::end).max().orElse(0))
        .max()
        .orElse(0);
  }
}

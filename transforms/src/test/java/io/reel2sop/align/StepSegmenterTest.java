package io.reel2sop.align;

import static io.reel2sop.align.Speech.end;
import static io.reel2sop.align.Speech.phrase;
import static io.reel2sop.align.Speech.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.align.StepSegmenter.Action;
import io.reel2sop.align.StepSegmenter.Segmentation;
import io.reel2sop.align.StepSegmenter.Span;
import io.reel2sop.model.Region;
import io.reel2sop.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Narration grouped into steps by what happened on the screen (words last 0.3 s, 0.1 s apart). */
class StepSegmenterTest {
  private static final Region PAGE = new Region(0, 0, 1920, 1080);
  private static final Region LIST = new Region(600, 300, 300, 400);

  private final InstructionCleaner cleaner = new InstructionCleaner();
  private final StepSegmenter segmenter = new StepSegmenter(p -> cleaner.namesAnAction(p.text()));

  /** A new page: strong enough to be a step of its own. */
  private static Action page(double time) {
    return new Action(time, time + 0.4, PAGE, 0.9, true);
  }

  /** A list opening in place: a screen action, too small to be a step alone. */
  private static Action list(double time) {
    return new Action(time, time + 0.2, LIST, 0.06, false);
  }

  private static List<String> texts(List<Span> steps) {
    return steps.stream().map(s -> Phrase.text(s.phrases())).toList();
  }

  @Test
  void longPauseAlwaysEndsAStep() {
    Segmentation s = segmenter.segment(List.of(sentence(1.0, "the reports are here"),
        sentence(end(1.0, "the reports are here") + 0.75, "the totals are below")), List.of());
    assertEquals(List.of("the reports are here", "the totals are below"), texts(s.steps()));
  }

  @Test
  void shortPauseWithoutANewActionKeepsTheStepTogether() {
    Phrase click = sentence(1.0, "click new ticket");
    Phrase opens = sentence(end(1.0, "click new ticket") + 0.5, "the form opens");
    Segmentation s = segmenter.segment(List.of(click, opens), List.of(page(2.2)));
    assertEquals(List.of("click new ticket the form opens"), texts(s.steps()));
    assertEquals(List.of(page(2.2)), s.steps().get(0).actions());
  }

  @Test
  void laterScreenActionSplitsAtTheLongestPauseBeforeIt() {
    Phrase click = sentence(1.0, "click new ticket"); // ends 2.1
    Phrase opens = phrase(2.4, "and the form opens", false); // ends 3.9
    Phrase pick = phrase(4.5, "with the category list", false); // ends 6.0
    Segmentation s = segmenter.segment(List.of(click, opens, pick), List.of(page(2.2), list(6.2)));
    assertEquals(List.of("click new ticket and the form opens", "with the category list"), texts(s.steps()));
    assertEquals(List.of(page(2.2)), s.steps().get(0).actions());
    assertEquals(List.of(list(6.2)), s.steps().get(1).actions());
  }

  @Test
  void sentenceNamingAnActionSplitsWhenThePartBeforeHadOne() {
    Phrase tick = sentence(1.0, "tick notify customer"); // ends 2.1, nothing seen: a small checkbox
    Phrase save = sentence(2.5, "then click save");
    Segmentation s = segmenter.segment(List.of(tick, save), List.of(page(3.8)));
    assertEquals(List.of("tick notify customer", "then click save"), texts(s.steps()));
    assertEquals(List.of(), s.steps().get(0).actions());
    assertEquals(List.of(page(3.8)), s.steps().get(1).actions());
  }

  @Test
  void sentenceNamingAnActionDoesNotSplitFromNarrationWithoutOne() {
    Phrase click = sentence(0.5, "click new ticket"); // ends 1.6
    Phrase form = sentence(3.0, "this is the ticket form"); // ends 4.9
    Phrase save = sentence(5.5, "so click save");
    Segmentation s = segmenter.segment(List.of(click, form, save), List.of(page(1.0), page(5.8)));
    assertEquals(List.of("click new ticket", "this is the ticket form so click save"), texts(s.steps()));
  }

  @Test
  void sentenceMovingOnToTheNextThingSplitsWhenThePartBeforeHadAnAction() {
    Phrase laptop = sentence(1.0, "tick the laptop"); // ends 2.1
    Phrase monitor = sentence(2.6, "and an external monitor too"); // no verb heard: "and" moves on
    Segmentation s = segmenter.segment(List.of(laptop, monitor), List.of());
    assertEquals(List.of("tick the laptop", "and an external monitor too"), texts(s.steps()));
  }

  @Test
  void actionNamedMidSentenceAfterAShortBreathDoesNotSplit() {
    Phrase tick = sentence(1.0, "tick notify customer"); // ends 2.1
    Phrase save = phrase(2.4, "and click save", false); // 0.3 s later, same sentence
    Segmentation s = segmenter.segment(List.of(tick, save), List.of(page(3.8)));
    assertEquals(1, s.steps().size(), texts(s.steps()).toString());
  }

  @Test
  void strongActionsNobodySpokeAboutAreStepsOfTheirOwn() {
    Phrase open = sentence(3.0, "open the reports tab"); // ends 4.5
    Segmentation s = segmenter.segment(List.of(open), List.of(page(0.5), page(3.5), list(9.0), page(12.0)));
    assertEquals(List.of("", "open the reports tab", ""), texts(s.steps()));
    assertEquals(List.of(page(0.5)), s.steps().get(0).actions());
    assertEquals(List.of(page(12.0)), s.steps().get(2).actions(), "a list opening alone is no step");
  }

  @Test
  void narrationBeforeAnythingHappensThatSaysToDoNothingIsTheIntroduction() {
    Phrase hello = sentence(0.5, "hi in this video i will show you how to log a ticket"); // ends 5.3
    Phrase click = sentence(6.5, "click new ticket");
    Segmentation s = segmenter.segment(List.of(hello, click), List.of(page(7.8)));
    assertEquals(List.of(hello), s.intro());
    assertEquals(List.of("click new ticket"), texts(s.steps()));
  }

  @Test
  void introductionEndsAtTheLongestPauseShortlyBeforeTheFirstAction() {
    Phrase hello = sentence(0.5, "hello everyone"); // ends 1.2
    Phrase today = sentence(1.6, "today we look at tickets"); // ends 3.5
    Phrase click = sentence(4.0, "click new ticket"); // 0.5 s pause before it
    Segmentation s = segmenter.segment(List.of(hello, today, click), List.of(page(5.2)));
    assertEquals(List.of(hello, today), s.intro());
    assertEquals(List.of("click new ticket"), texts(s.steps()));
  }

  @Test
  void firstNarrationThatNamesAnActionIsNoIntroduction() {
    Phrase open = sentence(0.5, "open harbor desk in your browser"); // ends 2.8
    Phrase click = sentence(4.0, "click new ticket");
    Segmentation s = segmenter.segment(List.of(open, click), List.of(page(5.2)));
    assertEquals(List.of(), s.intro());
    assertEquals(2, s.steps().size());
  }

  @Test
  void narrationFollowedOnlyByAnUnspokenActionIsNoIntroduction() {
    Phrase hello = sentence(0.5, "hi in this video we look at tickets"); // ends 3.7
    Segmentation s = segmenter.segment(List.of(hello), List.of(page(9.0)));
    assertEquals(List.of(), s.intro());
    assertEquals(List.of("hi in this video we look at tickets", ""), texts(s.steps()));
  }

  @Test
  void closingNarrationAfterTheLastActionIsTheConclusion() {
    Phrase save = sentence(1.0, "click save"); // ends 1.7
    Phrase done = sentence(4.0, "and we are done the new ticket is at the top of the list");
    Segmentation s = segmenter.segment(List.of(save, done), List.of(page(1.9)));
    assertEquals(List.of(done), s.outro());
    assertEquals(List.of("click save"), texts(s.steps()));
  }

  @Test
  void narrationAfterTheLastActionThatSaysWhatToDoIsAStep() {
    Phrase save = sentence(1.0, "click save");
    Phrase check = sentence(4.0, "check the list once more");
    Segmentation s = segmenter.segment(List.of(save, check), List.of(page(1.9)));
    assertEquals(List.of(), s.outro());
    assertEquals(2, s.steps().size());
  }

  @Test
  void closingPhraseWithAnActionIsAStep() {
    Phrase save = sentence(1.0, "click save");
    Phrase done = sentence(4.0, "that's it click close");
    Segmentation s = segmenter.segment(List.of(save, done), List.of(page(1.9), page(5.0)));
    assertEquals(List.of(), s.outro());
    assertTrue(texts(s.steps()).contains("that's it click close"));
  }

  /** The boxes of a form on the screen, each named by one word of the narration. */
  private static StepSegmenter withScreen() {
    InstructionCleaner cleaner = new InstructionCleaner();
    return new StepSegmenter(p -> cleaner.namesAnAction(p.text()), (phrase, time) -> {
      String text = phrase.text();
      if (text.contains("laptop")) {
        return new Target("Laptop (14-inch)", new Region(60, 300, 140, 20), "narration");
      } else if (text.contains("docking")) {
        return new Target("Docking station", new Region(60, 340, 140, 20), "narration");
      } else if (text.contains("monitor")) {
        return new Target("External monitor", new Region(60, 380, 140, 20), "narration");
      } else if (text.contains("hardware")) {
        return new Target("Hardware", new Region(620, 420, 120, 20), "narration"); // inside LIST
      } else if (text.contains("category")) {
        return new Target("Category", new Region(620, 260, 120, 20), "narration");
      }
      return null;
    });
  }

  @Test
  void phraseNamingAnotherElementOfTheScreenIsTheNextStepEvenWhenNothingCouldBeSeen() {
    Phrase laptop = sentence(1.0, "she needs the fourteen inch laptop"); // ends 3.3
    Phrase dock = phrase(3.8, "a docking station", false); // ends 4.9
    Phrase monitor = phrase(5.4, "and an external monitor too", false);
    Segmentation s = withScreen().segment(List.of(laptop, dock, monitor), List.of());
    assertEquals(List.of("she needs the fourteen inch laptop", "a docking station", "and an external monitor too"),
        texts(s.steps()));
  }

  @Test
  void optionOfTheListTheStepOpenedIsTheSameStep() {
    Phrase open = sentence(1.0, "open the category list"); // ends 2.5
    Phrase pick = phrase(3.0, "hardware for this one", false);
    Segmentation s = withScreen().segment(List.of(open, pick), List.of(list(1.5)));
    assertEquals(List.of("open the category list hardware for this one"), texts(s.steps()));
  }

  @Test
  void sameElementNamedAgainIsTheSameStep() {
    Phrase laptop = sentence(1.0, "tick laptop"); // ends 1.7
    Phrase again = phrase(2.3, "the laptop box", false);
    Segmentation s = withScreen().segment(List.of(laptop, again), List.of());
    assertEquals(List.of("tick laptop the laptop box"), texts(s.steps()));
  }

  @Test
  void narrationDescribingTheNewScreenAfterTheLastActionIsTheConclusion() {
    Phrase submit = sentence(1.0, "everything looks right so submit"); // ends 4.5
    Phrase result = sentence(5.5, "the ticket is resolved and drops out of the open list");
    Action toastLeaves = new Action(6.5, 6.7, new Region(400, 50, 500, 100), 0.05, false);
    Segmentation s = segmenter.segment(List.of(submit, result), List.of(page(2.0), toastLeaves));
    assertEquals(List.of(result), s.outro(), "a toast leaving while it is said is no step");
    assertEquals(List.of("everything looks right so submit"), texts(s.steps()));
  }

  @Test
  void narrationAfterTheLastActionThatSaysDoneIsTheConclusion() {
    Phrase tick = sentence(1.0, "tick forward email");
    Phrase done = sentence(4.5, "right that is helen done");
    Segmentation s = segmenter.segment(List.of(tick, done), List.of(list(1.5)));
    assertEquals(List.of(done), s.outro());
  }

  @Test
  void lastStepWithItsOwnActionAfterASmallChangeIsNoConclusion() {
    Phrase priority = sentence(1.0, "open the priority list"); // ends 2.7
    Phrase urgent = sentence(4.0, "the whole team is affected so urgent");
    Segmentation s = segmenter.segment(List.of(priority, urgent), List.of(list(1.5), list(5.0)));
    assertEquals(List.of(), s.outro(), "said after a small change, not after a new screen, and nothing says it is over");
    assertEquals(2, s.steps().size());
  }

  @Test
  void closingSentenceAfterTheLastActionInOneRunIsTheConclusionAndTheActionStaysAStep() {
    Phrase yes = sentence(1.0, "that answers it so i click yes"); // ends 3.6
    Phrase howTo = sentence(4.0, "that's how you find an answer without raising a ticket");
    Segmentation s = segmenter.segment(List.of(yes, howTo), List.of(page(0.2), list(1.8)));
    assertEquals(List.of(howTo), s.outro());
    assertEquals("that answers it so i click yes", texts(s.steps()).get(texts(s.steps()).size() - 1));
    assertEquals(List.of(list(1.8)), s.steps().get(s.steps().size() - 1).actions());
  }

  @Test
  void introductionMayBeSaidWhileThePointerMovesWhenItSaysWhatTheVideoShows() {
    Phrase hello = sentence(0.5, "this is how to lend out a headset"); // ends 3.9
    Phrase click = sentence(4.5, "click assets");
    Action hover = new Action(1.6, 1.7, new Region(50, 420, 1100, 100), 0.13, false);
    Segmentation s = segmenter.segment(List.of(hello, click), List.of(hover, page(5.2)));
    assertEquals(List.of(hello), s.intro());
    assertEquals(List.of("click assets"), texts(s.steps()));
  }

  @Test
  void greetingBeforeAnythingHappensIsTheIntroductionWhateverTheRecogniserHeardInIt() {
    Phrase hello = sentence(0.5, "hi everyone"); // ends 1.2
    Phrase misheard = phrase(1.6, "so move in either starts next week", false); // "a new designer"
    Phrase search = sentence(6.0, "click the search box");
    Segmentation s = segmenter.segment(List.of(hello, misheard, search), List.of(page(6.5)));
    assertEquals(List.of(hello, misheard), s.intro());
    assertEquals(List.of("click the search box"), texts(s.steps()));
  }

  @Test
  void firstNarrationWithASmallChangeThatSaysNothingOfTheVideoIsAStep() {
    Phrase status = sentence(0.5, "status available only"); // ends 2.2
    Phrase click = sentence(4.5, "click assets");
    Segmentation s = segmenter.segment(List.of(status, click), List.of(list(1.0), page(5.2)));
    assertEquals(List.of(), s.intro());
    assertEquals(2, s.steps().size());
  }

  @Test
  void narrationBetweenTwoProceduresOfOneRecordingIsNoStep() {
    Phrase save = sentence(1.0, "click save"); // ends 1.7
    Phrase over = sentence(3.0, "and that's it the ticket is saved"); // ends 6.1
    Phrase hello = sentence(12.0, "hi in this video we look at the knowledge base");
    Phrase open = sentence(17.0, "click knowledge base");
    Phrase policies = sentence(20.0, "click policies");
    Segmentation s = segmenter.segment(List.of(save, over, hello, open, policies),
        List.of(page(1.9), page(9.5), page(17.5), page(20.5)));
    assertEquals(List.of("click save", "", "click knowledge base", "click policies"), texts(s.steps()),
        "the screen change between them stays a step: nobody said it, it may be where the next one starts");
  }

  @Test
  void narrationInTheMiddleThatSaysDoneWithinASentenceIsAStep() {
    Phrase type = sentence(1.0, "click description"); // ends 2.1
    Phrase done = sentence(3.0, "once the description is done the form is ready");
    Phrase save = sentence(8.0, "click save");
    Segmentation s = segmenter.segment(List.of(type, done, save), List.of(page(1.5), list(4.0), page(8.5)));
    assertEquals(3, s.steps().size());
  }

  @Test
  void onlyStepIsNeverTheIntroductionNorTheConclusion() {
    Phrase done = sentence(1.0, "thanks for watching");
    Segmentation s = segmenter.segment(List.of(done), List.of());
    assertEquals(List.of(), s.intro());
    assertEquals(List.of(), s.outro());
    assertEquals(List.of("thanks for watching"), texts(s.steps()));
  }
}

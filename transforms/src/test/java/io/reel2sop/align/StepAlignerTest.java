package io.reel2sop.align;

import static io.reel2sop.align.Speech.utterance;
import static io.reel2sop.align.Speech.vosk;
import static io.reel2sop.screen.ScreenText.label;
import static io.reel2sop.screen.ScreenText.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.PointerRest;
import io.reel2sop.model.Region;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SceneCut;
import io.reel2sop.model.ScreenChange;
import io.reel2sop.model.ScreenChange.Kind;
import io.reel2sop.model.Step;
import io.reel2sop.model.Target;
import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.screen.ScreenReading;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepAlignerTest {

  private static final Region BUTTON = new Region(100, 50, 80, 30);
  private static final Region FIELD = new Region(300, 200, 250, 40);
  private static final Region DIALOG = new Region(400, 300, 600, 400);
  private static final Region WHOLE = new Region(0, 0, 1920, 1080);

  private final StepAligner aligner = new StepAligner();
  private final AlignSettings settings = AlignSettings.defaults();

  @Test
  void speechAndCutsMakeOneStepPerSentenceShownAtTheResult() {
    Utterance newLead = utterance(1.0, "um so now i'm going to click on new lead", 0.8); // ends 4.5
    Utterance company = utterance(7.0, "typing the company name", 0.6); // ends 8.5
    Utterance save = utterance(11.0, "and then click save", 1.0); // ends 12.5
    SceneAnalysis scenes =
        scenes(
            List.of(cut(5.0, 0.3, 5.4, DIALOG), cut(12.8, 0.95, 13.3, WHOLE)),
            List.of(new LocalChange(7.2, 8.9, FIELD)));

    List<Step> steps = aligner.align(vosk(newLead, company, save), scenes, 20.0, settings);

    assertEquals(3, steps.size());
    Step first = steps.get(0);
    assertEquals(1, first.index());
    assertEquals("Click on new lead.", first.instruction());
    assertEquals("um so now i'm going to click on new lead", first.narration());
    assertEquals(1.0, first.start(), 1e-9);
    assertEquals(7.0, first.end(), 1e-9);
    assertEquals("images/step-01.png", first.screenshot().path());
    assertEquals(5.4, first.screenshot().time(), 1e-9);
    assertEquals(DIALOG, first.highlight());
    assertEquals(0.8, first.confidence(), 1e-9);

    Step second = steps.get(1);
    assertEquals("Type the company name.", second.instruction());
    assertEquals(8.9 + settings.localSettle(), second.screenshot().time(), 1e-9);
    assertEquals(FIELD, second.highlight());
    assertEquals(0.6, second.confidence(), 1e-9);
    assertEquals(11.0, second.end(), 1e-9);

    Step third = steps.get(2);
    assertEquals("Click save.", third.instruction());
    assertEquals(13.3, third.screenshot().time(), 1e-9);
    assertNull(third.highlight(), "a full-screen change has no useful highlight");
    assertEquals(20.0, third.end(), 1e-9);
    assertEquals("images/step-03.png", third.screenshot().path());
  }

  @Test
  void silentRecordingGetsTheOpeningScreenThenOneStepPerCut() {
    SceneAnalysis scenes =
        scenes(List.of(cut(2.0, 0.9, 2.5, WHOLE), cut(6.0, 0.4, 6.3, DIALOG)), List.of());
    List<Step> steps = aligner.align(Transcript.none(), scenes, 10.0, settings);

    assertEquals(3, steps.size());
    Step opening = steps.get(0);
    assertEquals("Start on this screen.", opening.instruction());
    assertEquals(0.0, opening.start(), 1e-9);
    assertEquals(2.0, opening.end(), 1e-9);
    assertEquals(settings.startShot(), opening.screenshot().time(), 1e-9);
    Step first = steps.get(1);
    assertEquals("Go to the next screen (screen 2).", first.instruction());
    assertEquals("", first.narration());
    assertEquals(2.0, first.start(), 1e-9);
    assertEquals(6.0, first.end(), 1e-9);
    assertEquals(2.5, first.screenshot().time(), 1e-9);
    assertNull(first.highlight());
    assertEquals("Go to the next screen (screen 3).", steps.get(2).instruction());
    assertEquals(DIALOG, steps.get(2).highlight());
    assertEquals(1.0, steps.get(2).confidence(), 1e-9);
    assertEquals(10.0, steps.get(2).end(), 1e-9);
    assertEquals("images/step-03.png", steps.get(2).screenshot().path());
  }

  @Test
  void silentRecordingOpeningOnACutNeedsNoExtraOpeningStep() {
    SceneAnalysis scenes = scenes(List.of(cut(0.2, 0.9, 0.4, WHOLE), cut(5.0, 0.9, 5.2, WHOLE)), List.of());
    List<Step> steps = aligner.align(Transcript.none(), scenes, 8.0, settings);

    assertEquals(2, steps.size());
    assertEquals("Go to the next screen (screen 2).", steps.get(0).instruction());
  }

  @Test
  void speechWithoutCutsIsShownShortlyAfterEachSentence() {
    Utterance open = utterance(1.0, "open the report"); // ends 2.1
    Utterance scroll = utterance(5.0, "scroll down to the totals"); // ends 6.9
    List<Step> steps = aligner.align(vosk(open, scroll), scenes(List.of(), List.of()), 9.0, settings);

    assertEquals(2, steps.size());
    assertEquals(2.1 + settings.afterSpeech(), steps.get(0).screenshot().time(), 1e-9);
    assertEquals(6.9 + settings.afterSpeech(), steps.get(1).screenshot().time(), 1e-9);
    assertNull(steps.get(0).highlight());
    assertEquals("Scroll down to the totals.", steps.get(1).instruction());
  }

  @Test
  void emptyRecordingGetsOneStepShowingTheSettledStart() {
    List<Step> steps =
        aligner.align(
            Transcript.none(),
            scenes(List.of(), List.of(new LocalChange(0.2, 1.1, FIELD))),
            4.0,
            settings);
    assertEquals(1, steps.size());
    Step only = steps.get(0);
    assertEquals(1, only.index());
    assertEquals("", only.narration());
    assertEquals(0.0, only.start(), 1e-9);
    assertEquals(4.0, only.end(), 1e-9);
    assertEquals(1.1 + settings.localSettle(), only.screenshot().time(), 1e-9);
    assertEquals("images/step-01.png", only.screenshot().path());
  }

  @Test
  void veryShortRecordingStillGetsAScreenshotInsideIt() {
    List<Step> steps = aligner.align(Transcript.none(), scenes(List.of(), List.of()), 0.2, settings);
    double time = steps.get(0).screenshot().time();
    assertTrue(time >= 0 && time <= 0.2 - settings.endMargin(), "time " + time);
  }

  @Test
  void cutBeforeAnySpeechIsItsOwnStep() {
    Utterance save = utterance(8.0, "now click save"); // ends 9.1
    SceneAnalysis scenes = scenes(List.of(cut(1.0, 0.9, 1.4, WHOLE)), List.of());
    List<Step> steps = aligner.align(vosk(save), scenes, 12.0, settings);

    assertEquals(2, steps.size());
    assertEquals("Go to the next screen (screen 2).", steps.get(0).instruction());
    assertEquals(1.0, steps.get(0).start(), 1e-9);
    assertEquals(8.0, steps.get(0).end(), 1e-9);
    assertEquals("Click save.", steps.get(1).instruction());
    assertEquals(2, steps.get(1).index());
  }

  @Test
  void sentenceWithSeveralCutsIsShownAfterTheLast() {
    Utterance menu = utterance(1.0, "open the menu and choose settings"); // ends 3.3
    SceneAnalysis scenes =
        scenes(List.of(cut(1.8, 0.2, 2.0, BUTTON), cut(3.0, 0.5, 3.6, DIALOG)), List.of());
    List<Step> steps = aligner.align(vosk(menu), scenes, 8.0, settings);

    assertEquals(1, steps.size());
    assertEquals("Open the menu and choose settings.", steps.get(0).instruction());
    assertEquals(3.6, steps.get(0).screenshot().time(), 1e-9);
    assertEquals(DIALOG, steps.get(0).highlight());
  }

  @Test
  void screenshotNeverComesAfterTheNextCut() {
    Utterance scroll = utterance(1.0, "scroll down to the bottom"); // ends 2.9
    Utterance save = utterance(3.0, "now click save"); // ends 4.1
    SceneAnalysis scenes =
        scenes(List.of(cut(3.2, 0.9, 3.6, WHOLE)), List.of(new LocalChange(1.5, 3.5, FIELD)));
    List<Step> steps = aligner.align(vosk(scroll, save), scenes, 8.0, settings);

    assertEquals(2, steps.size());
    assertTrue(steps.get(0).screenshot().time() < 3.2, "shot " + steps.get(0).screenshot().time());
    assertEquals(FIELD, steps.get(0).highlight());
    assertEquals(3.6, steps.get(1).screenshot().time(), 1e-9);
  }

  @Test
  void cutLongAfterTheSentenceIsNotItsResult() {
    Utterance wait = utterance(1.0, "wait for the export"); // ends 2.5
    SceneAnalysis scenes = scenes(List.of(cut(2.5 + 6.0, 0.9, 9.0, WHOLE)), List.of());
    List<Step> steps = aligner.align(vosk(wait), scenes, 12.0, settings);

    assertEquals(2, steps.size());
    assertEquals("Wait for the export.", steps.get(0).instruction());
    assertTrue(steps.get(0).screenshot().time() < 8.5);
    assertEquals("", steps.get(1).narration());
    assertEquals(9.0, steps.get(1).screenshot().time(), 1e-9);
  }

  @Test
  void loadingScreenAndPageBelongToTheSameSentenceButALaterCutDoesNot() {
    Utterance submit = utterance(1.0, "click submit"); // ends 1.7
    SceneAnalysis scenes =
        scenes(
            List.of(cut(2.5, 0.9, 2.6, WHOLE), cut(3.5, 0.9, 4.0, WHOLE), cut(5.5, 0.3, 5.8, DIALOG)),
            List.of());
    List<Step> steps = aligner.align(vosk(submit), scenes, 10.0, settings);

    assertEquals(2, steps.size());
    assertEquals(4.0, steps.get(0).screenshot().time(), 1e-9);
    assertEquals("Go to the next screen (screen 4).", steps.get(1).instruction());
    assertEquals(DIALOG, steps.get(1).highlight());
  }

  @Test
  void typingAfterANewPageMovesTheShotAndHighlightToTheField() {
    Utterance login = utterance(1.0, "open the login page and type your email"); // ends 4.1
    SceneAnalysis scenes =
        scenes(List.of(cut(1.8, 0.95, 2.2, WHOLE)), List.of(new LocalChange(3.0, 4.6, FIELD)));
    Step step = aligner.align(vosk(login), scenes, 10.0, settings).get(0);
    assertEquals(4.6 + settings.localSettle(), step.screenshot().time(), 1e-9);
    assertEquals(FIELD, step.highlight());
  }

  @Test
  void localChangesDuringTheSentenceAreUnited() {
    Utterance form = utterance(1.0, "fill in the name and the city"); // ends 3.7
    SceneAnalysis scenes =
        scenes(List.of(), List.of(new LocalChange(1.5, 2.2, FIELD), new LocalChange(2.5, 3.9, BUTTON)));
    Step step = aligner.align(vosk(form), scenes, 10.0, settings).get(0);
    assertEquals(FIELD.union(BUTTON), step.highlight());
    assertEquals(3.9 + settings.localSettle(), step.screenshot().time(), 1e-9);
  }

  @Test
  void ongoingActivityFromBeforeTheSentenceIsIgnored() {
    Utterance check = utterance(5.0, "check the totals"); // ends 6.1
    SceneAnalysis scenes = scenes(List.of(), List.of(new LocalChange(0.0, 30.0, BUTTON)));
    Step step = aligner.align(vosk(check), scenes, 30.0, settings).get(0);
    assertNull(step.highlight());
    assertEquals(6.1 + settings.afterSpeech(), step.screenshot().time(), 1e-9);
  }

  @Test
  void cutJustBeforeTheSentenceStartsStillBelongsToIt() {
    Utterance save = utterance(3.0, "click save"); // ends 3.7
    SceneAnalysis scenes = scenes(List.of(cut(2.8, 0.4, 3.1, DIALOG)), List.of());
    List<Step> steps = aligner.align(vosk(save), scenes, 6.0, settings);
    assertEquals(1, steps.size());
    assertEquals(DIALOG, steps.get(0).highlight());
  }

  @Test
  void fillerOnlySpeechMakesNoStep() {
    Utterance filler = utterance(0.5, "um okay");
    Utterance open = utterance(3.0, "open the inbox");
    List<Step> steps = aligner.align(vosk(filler, open), scenes(List.of(), List.of()), 6.0, settings);
    assertEquals(1, steps.size());
    assertEquals("Open the inbox.", steps.get(0).instruction());
  }

  @Test
  void screenshotsStayInsideTheRecording() {
    Utterance close = utterance(8.0, "close the window"); // ends 9.1
    SceneAnalysis scenes = scenes(List.of(cut(9.3, 0.9, 10.4, WHOLE)), List.of());
    List<Step> steps = aligner.align(vosk(close), scenes, 9.5, settings);
    assertEquals(1, steps.size());
    assertEquals(9.5 - settings.endMargin(), steps.get(0).screenshot().time(), 1e-9);
    assertEquals(9.5, steps.get(0).end(), 1e-9);
  }

  @Test
  void unknownDurationIsTakenFromTheLastEvent() {
    Utterance open = utterance(1.0, "open the inbox"); // ends 2.1
    SceneAnalysis scenes = scenes(List.of(cut(7.0, 0.9, 7.5, WHOLE)), List.of());
    List<Step> steps = aligner.align(vosk(open), scenes, 0.0, settings);
    assertEquals(2, steps.size());
    assertEquals(7.5, steps.get(1).end(), 1e-9);
    assertTrue(steps.get(1).screenshot().time() <= 7.5 - settings.endMargin());
  }

  @Test
  void sidecarCueWithTwoSentencesMakesTwoSteps() {
    Utterance cue = utterance(1.0, "Open the Reports tab. Then click Export.");
    List<Step> steps = aligner.align(vosk(cue), scenes(List.of(), List.of()), 8.0, settings);
    assertEquals(2, steps.size());
    assertEquals("Open the Reports tab.", steps.get(0).instruction());
    assertEquals("Click Export.", steps.get(1).instruction());
    assertEquals("Then click Export.", steps.get(1).narration());
    assertTrue(steps.get(0).screenshot().time() <= steps.get(1).start());
  }

  @Test
  void screenshotPathsWidenBeyondNinetyNineSteps() {
    assertEquals("images/step-01.png", ScreenshotPaths.forStep(1, 5));
    assertEquals("images/step-42.png", ScreenshotPaths.forStep(42, 99));
    assertEquals("images/step-007.png", ScreenshotPaths.forStep(7, 120));
    assertEquals("images/step-100.png", ScreenshotPaths.forStep(100, 120));
  }

  @Test
  void screenChangesThatStayAreTheActionsStepsAreShownAfter() {
    Utterance click = utterance(1.0, "click new ticket"); // ends 2.1
    SceneAnalysis scenes = changes(List.of(cut(2.25, 0.4, 2.6, DIALOG)),
        change(Kind.REPLACED, 2.2, 2.6, 0.4, DIALOG),
        change(Kind.SCROLLED, 5.0, 5.8, 0.6, WHOLE),
        change(Kind.TRANSIENT, 7.0, 7.2, 0.0, null));
    List<Step> steps = aligner.align(vosk(click), scenes, 10.0, settings);
    assertEquals(1, steps.size(), "neither the scroll nor the hover is a step");
    assertEquals(2.6, steps.get(0).screenshot().time(), 1e-9);
    assertEquals(DIALOG, steps.get(0).highlight());
  }

  @Test
  void unspokenNewPageIsAStepButAnUnspokenScrollIsNot() {
    Utterance open = utterance(1.0, "open the report"); // ends 2.1
    SceneAnalysis scenes = changes(List.of(cut(12.05, 0.9, 12.4, WHOLE)),
        change(Kind.SCROLLED, 8.0, 9.0, 0.6, WHOLE),
        change(Kind.REPLACED, 12.0, 12.4, 0.9, WHOLE));
    List<Step> steps = aligner.align(vosk(open), scenes, 15.0, settings);
    assertEquals(List.of("Open the report.", "Go to the next screen (screen 2)."),
        steps.stream().map(Step::instruction).toList());
    assertEquals(12.0, steps.get(1).start(), 1e-9);
    assertEquals(12.4, steps.get(1).screenshot().time(), 1e-9);
  }

  @Test
  void smallChangeInPlaceIsWhereTheSpokenStepActed() {
    Utterance list = utterance(1.0, "open the category list"); // ends 2.5
    SceneAnalysis scenes = changes(List.of(), change(Kind.EXPANDED, 2.0, 2.2, 0.06, BUTTON));
    Step step = aligner.align(vosk(list), scenes, 6.0, settings).get(0);
    assertEquals(BUTTON, step.highlight());
    assertEquals(2.2, step.screenshot().time(), 1e-9);
  }

  @Test
  void introductionAndConclusionAreReturnedApartNotAsSteps() {
    Utterance hello = utterance(0.5, "hi in this video i'll show you how to log a ticket"); // ends 4.8
    Utterance click = utterance(6.0, "click new ticket"); // ends 7.1
    Utterance done = utterance(10.0, "and we are done the new ticket is at the top of the list");
    SceneAnalysis scenes = changes(List.of(cut(7.35, 0.9, 7.7, WHOLE)), change(Kind.REPLACED, 7.3, 7.7, 0.9, WHOLE));
    StepAligner.Alignment alignment =
        aligner.alignWithContext(vosk(hello, click, done), scenes, List.of(), 15.0, settings);
    assertEquals("hi in this video i'll show you how to log a ticket", alignment.introduction());
    assertEquals("and we are done the new ticket is at the top of the list", alignment.conclusion());
    assertEquals(1, alignment.steps().size());
    Step step = alignment.steps().get(0);
    assertEquals(1, step.index());
    assertEquals("1", step.number());
    assertEquals("Click new ticket.", step.instruction());
    assertEquals("images/step-01.png", step.screenshot().path());
    assertEquals(10.0, step.end(), 1e-9, "the step ends where the conclusion begins");
  }

  @Test
  void labelNamedByTheNarrationIsTheTargetWrittenAsTheScreenSpellsIt() {
    Utterance assign = utterance(1.0, "now assign it to lena marquez", 0.6);
    OcrLabel lina = label("Lina Márquez", 600, 400, 220, 24);
    List<ScreenReading> readings = List.of(reading(0, 10, label("Assign", 300, 400, 90, 24), lina));
    Step step = aligner.alignWithContext(vosk(assign), changes(List.of()), readings, 10.0, settings).steps().get(0);
    assertEquals("Assign it to Lina Márquez.", step.instruction());
    assertEquals(new Target("Lina Márquez", lina.box(), "narration"), step.target());
    assertEquals("now assign it to lena marquez", step.narration(), "the narration stays as heard");
  }

  @Test
  void eachBoxOfAFormTheNarrationNamesInTurnIsAStepEvenWhenTickingItIsTooSmallToSee() {
    Utterance laptop = utterance(1.0, "she needs the laptop"); // ends 2.5
    Utterance dock = utterance(3.0, "a docking station"); // ends 4.1
    Utterance monitor = utterance(4.6, "and an external monitor too");
    List<ScreenReading> readings = List.of(reading(0, 10, label("Laptop (14-inch)", 60, 300, 160, 24),
        label("Docking station", 60, 340, 160, 24), label("External monitor", 60, 380, 160, 24)));
    List<Step> steps = aligner.alignWithContext(vosk(laptop, dock, monitor), changes(List.of()), readings, 10.0, settings)
        .steps();
    assertEquals(List.of("Laptop (14-inch)", "Docking station", "External monitor"),
        steps.stream().map(s -> s.target().label()).toList());
  }

  @Test
  void theActionOnALinkOfTheTopBarSaysWhereItIsUnlessTheNarrationDid() {
    List<ScreenReading> readings = List.of(reading(0, 10, label("Home", 200, 14, 50, 20),
        label("Tickets", 270, 14, 60, 20), label("Assets", 350, 14, 55, 20), label("People", 420, 14, 55, 20)));
    Step plain = aligner.alignWithContext(vosk(utterance(1.0, "open tickets")), changes(List.of()), readings, 10.0,
        settings).steps().get(0);
    assertEquals("In the top navigation bar, open Tickets.", plain.instruction());
    Step placed = aligner.alignWithContext(vosk(utterance(1.0, "click tickets in the top menu")), changes(List.of()),
        readings, 10.0, settings).steps().get(0);
    assertEquals("Click Tickets in the top menu.", placed.instruction());
  }

  @Test
  void theActionOnATabSaysItIsOne() {
    OcrLabel access = label("Access", 380, 300, 70, 18);
    List<ScreenReading> readings = List.of(
        reading(0, 2.5, label("Lina Márquez", 130, 170, 200, 30), label("Overview", 100, 300, 90, 18),
            label("Equipment", 230, 300, 105, 18), access),
        reading(2.8, 9, label("Lina Márquez", 130, 170, 200, 30), label("VPN access", 130, 400, 120, 20)));
    SceneAnalysis scenes = scenes(List.of(cut(2.5, 0.4, 2.8, new Region(80, 260, 1500, 700))), List.of());
    Step step = aligner.alignWithContext(vosk(utterance(1.0, "then access")), scenes, readings, 9.0, settings)
        .steps().get(0);
    assertEquals("Open the Access tab.", step.instruction());
  }

  @Test
  void whatToDoNamesNoTarget() {
    Utterance select = utterance(1.0, "select the priority");
    List<ScreenReading> readings = List.of(reading(0, 10, label("Select", 300, 100, 90, 24),
        label("Priority", 600, 400, 120, 24)));
    Step step = aligner.alignWithContext(vosk(select), changes(List.of()), readings, 10.0, settings).steps().get(0);
    assertEquals("Priority", step.target().label());
    assertEquals("Select the Priority.", step.instruction());
  }

  @Test
  void theActionVerbNamesNoTargetButALaterVerbMayBeTheButtonsName() {
    Utterance save = utterance(1.0, "click save");
    List<ScreenReading> readings = List.of(reading(0, 10, label("Save", 1500, 980, 80, 24)));
    Step step = aligner.alignWithContext(vosk(save), changes(List.of()), readings, 10.0, settings).steps().get(0);
    assertEquals("Save", step.target().label());
    assertEquals("Click Save.", step.instruction());

    Utterance pick = utterance(1.0, "pick the date");
    List<ScreenReading> withBack = List.of(reading(0, 10, label("Back", 1500, 980, 80, 24)));
    assertNull(aligner.alignWithContext(vosk(pick), changes(List.of()), withBack, 10.0, settings)
        .steps().get(0).target(), "the action verb itself names nothing");
  }

  @Test
  void smallChangeNobodyNamedPointsAtTheLabelNextToIt() {
    Utterance tick = utterance(1.0, "now tick this one"); // ends 2.5
    Region checkbox = new Region(600, 500, 24, 24);
    OcrLabel notify = label("Notify customer", 640, 500, 200, 24);
    List<ScreenReading> readings = List.of(reading(0, 10, label("Subject", 600, 300, 100, 24), notify));
    SceneAnalysis scenes = changes(List.of(), change(Kind.EXPANDED, 2.0, 2.1, 0.0003, checkbox));
    Step step = aligner.alignWithContext(vosk(tick), scenes, readings, 10.0, settings).steps().get(0);
    assertEquals(new Target("Notify customer", notify.box(), "screen"), step.target());
    assertEquals("Tick Notify customer.", step.instruction(), "the instruction names what the screen shows");
  }

  @Test
  void anUnspokenNewScreenNamesTheLinkThatLedToItButAReturnNamesNone() {
    OcrLabel assetsLink = label("Assets", 400, 20, 80, 24);
    OcrLabel checkOut = label("Check out", 1500, 300, 110, 24);
    List<OcrLabel> nav = List.of(label("Tickets", 300, 20, 80, 24), assetsLink, label("People", 500, 20, 80, 24));
    List<ScreenReading> readings = List.of(
        reading(0, 2, concat(nav, label("Tickets", 260, 120, 200, 44), label("HD-2031", 260, 300, 110, 24))),
        reading(2, 6, concat(nav, label("Assets", 260, 120, 200, 44), checkOut)),
        reading(6, 9, concat(nav, label("Check out LT-0417", 700, 320, 400, 44), label("Confirm", 900, 700, 110, 24))),
        reading(9, 12, concat(nav, label("Assets", 260, 120, 200, 44), checkOut)));
    SceneAnalysis scenes = scenes(
        List.of(cut(2.0, 0.9, 2.3, WHOLE), cut(6.0, 0.6, 6.3, DIALOG), cut(9.0, 0.6, 9.3, DIALOG)), List.of());

    List<Step> steps = aligner.alignWithContext(Transcript.none(), scenes, readings, 12.0, settings).steps();

    assertEquals(List.of("Start on this screen.", "In the top navigation bar, click Assets.", "Click Check out.",
        "Go to Assets."), steps.stream().map(Step::instruction).toList());
    assertEquals(new Target("Assets", assetsLink.box(), "screen"), steps.get(1).target());
    assertEquals(checkOut.box(), steps.get(2).target().box());
    assertNull(steps.get(3).target(), "closing the dialog went back to the page seen before; its name in the menu is no link");
  }

  @Test
  void aLinkNamingTheNewScreenBeatsItsNeighbourAtTheChangeWhenNothingSaidNamesIt() {
    Utterance misheard = utterance(1.0, "the are likely to leave in the sidebar");
    OcrLabel leads = label("Leads", 20, 200, 60, 24);
    OcrLabel newLead = label("New Lead", 20, 240, 100, 24);
    List<OcrLabel> page = List.of(label("Acme CRM", 20, 20, 120, 24), leads, newLead, label("Contacts", 20, 280, 100, 24));
    List<ScreenReading> readings = List.of(
        reading(0, 2.5, concat(page, label("Leads", 300, 120, 200, 44), label("Export", 1500, 200, 90, 24))),
        reading(2.8, 9, concat(page, label("New Lead", 300, 120, 240, 44), label("Company name", 300, 300, 180, 24))));
    Region hoveredSidebar = new Region(0, 190, 260, 100);
    SceneAnalysis scenes = scenes(List.of(cut(2.5, 0.8, 2.8, new Region(260, 100, 1660, 980))),
        List.of(new LocalChange(1.5, 2.45, hoveredSidebar)));

    Step step = aligner.alignWithContext(vosk(misheard), scenes, readings, 9.0, settings).steps().get(0);

    assertEquals(new Target("New Lead", newLead.box(), "screen"), step.target(),
        "both sidebar items are at the change; the one that names the new page led there");
  }

  @Test
  void whereThePointerStoppedBeforeTheActionNamesTheElementWhenTheNarrationNamesAnotherOneAwayFromIt() {
    // "priority high" heard as "priority pie": the field's label is named, the button clicked is High
    Utterance misheard = utterance(1.0, "click priority pie");
    OcrLabel priority = label("Priority", 300, 300, 90, 20);
    OcrLabel high = label("High", 520, 360, 50, 20);
    List<ScreenReading> readings = List.of(reading(0, 10, priority, label("Low", 300, 360, 40, 20),
        label("Normal", 400, 360, 70, 20), high));
    SceneAnalysis scenes = new SceneAnalysis(List.of(), List.of(new LocalChange(2.0, 2.2, new Region(500, 350, 90, 40))),
        List.of(), List.of(new PointerRest(1.2, 530, 366)), 0, 0);

    Step step = aligner.alignWithContext(vosk(misheard), scenes, readings, 10.0, settings).steps().get(0);

    assertEquals(new Target("High", high.box(), "pointer"), step.target());
    assertEquals("Click High.", step.instruction());
  }

  @Test
  void theNarrationStillNamesTheElementWhenThePointerStoppedAtItOrAtNothing() {
    Utterance said = utterance(1.0, "click normal");
    OcrLabel normal = label("Normal", 400, 360, 70, 20);
    List<ScreenReading> readings = List.of(reading(0, 10, label("Low", 300, 360, 40, 20), normal,
        label("High", 520, 360, 50, 20)));
    for (PointerRest rest : List.of(new PointerRest(1.2, 478, 366), new PointerRest(1.2, 900, 700))) {
      SceneAnalysis scenes = new SceneAnalysis(List.of(), List.of(), List.of(), List.of(rest), 0, 0);
      Step step = aligner.alignWithContext(vosk(said), scenes, readings, 10.0, settings).steps().get(0);
      assertEquals(new Target("Normal", normal.box(), "narration"), step.target(), "pointer at " + rest);
    }
  }

  @Test
  void aPointerThatStoppedAfterTheNarrationOrBeforeALargeChangeInPlaceIsNoClickThere() {
    // "First I open the list of leads": the list is already there, and the pointer moves on to a
    // row, or stops over it while the list scrolls (or a section expands) under it
    Utterance said = utterance(0.3, "first i open the list of leads");
    OcrLabel leads = label("Leads", 20, 200, 60, 24);
    List<ScreenReading> readings = List.of(reading(0, 10, leads, label("Bill Lumbergh", 540, 400, 110, 20)));
    List<PointerRest> onTheRow = List.of(new PointerRest(1.5, 560, 405));
    ScreenChange scrolled = change(Kind.EXPANDED, 1.8, 2.0, 0.6, new Region(213, 106, 1067, 614));
    for (SceneAnalysis scenes : List.of(new SceneAnalysis(List.of(), List.of(), List.of(), onTheRow, 0, 0),
        new SceneAnalysis(List.of(), List.of(), List.of(scrolled), onTheRow, 0, 0))) {
      Step step = aligner.alignWithContext(vosk(said), scenes, readings, 10.0, settings).steps().get(0);
      assertEquals(new Target("Leads", leads.box(), "narration"), step.target(), "changes: " + scenes.changes());
    }
  }

  @Test
  void aPointerRestLongBeforeTheActionPlacesNothing() {
    Utterance said = utterance(6.0, "click priority pie");
    OcrLabel priority = label("Priority", 300, 300, 90, 20);
    List<ScreenReading> readings = List.of(reading(0, 10, priority, label("High", 520, 360, 50, 20)));
    SceneAnalysis scenes = new SceneAnalysis(List.of(), List.of(), List.of(), List.of(new PointerRest(1.0, 530, 366)),
        0, 0);
    Step step = aligner.alignWithContext(vosk(said), scenes, readings, 10.0, settings).steps().get(0);
    assertEquals(new Target("Priority", priority.box(), "narration"), step.target(),
        "the pointer last stopped five seconds before: the action was not done there");
  }

  private static OcrLabel[] concat(List<OcrLabel> labels, OcrLabel... more) {
    List<OcrLabel> all = new java.util.ArrayList<>(labels);
    all.addAll(List.of(more));
    return all.toArray(OcrLabel[]::new);
  }

  @Test
  void withoutReadingsNoStepHasATarget() {
    Utterance assign = utterance(1.0, "assign it to lena marquez");
    assertNull(aligner.align(vosk(assign), changes(List.of()), 10.0, settings).get(0).target());
  }

  private static ScreenChange change(Kind kind, double start, double settled, double area, Region changed) {
    return new ScreenChange(start - 1 / 30.0, start, start, settled, kind, area, changed);
  }

  /** Scenes as the pipeline gives them: the new screens judged as cuts, and every screen change. */
  private static SceneAnalysis changes(List<SceneCut> newScreens, ScreenChange... changes) {
    return new SceneAnalysis(newScreens, List.of(), List.of(changes), 0, 0);
  }

  private static SceneCut cut(double time, double score, double settled, Region changed) {
    return new SceneCut(time, score, settled, changed);
  }

  private static SceneAnalysis scenes(List<SceneCut> cuts, List<LocalChange> changes) {
    return new SceneAnalysis(cuts, changes, List.of(), 0, 0);
  }
}

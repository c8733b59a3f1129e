package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.Region;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SceneCut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SceneDetectorTest {
  private static final double FRAME = 1 / ScreenTimeline.FPS;

  private static ScreenCanvas page(long seed) {
    return ScreenCanvas.appShell().text(220, 80, 640, 340, seed);
  }

  private static SceneCut onlyCut(SceneAnalysis analysis) {
    assertEquals(1, analysis.cuts().size(), "cuts: " + analysis.cuts());
    return analysis.cuts().get(0);
  }

  @Test
  void newPageKeepingSidebarAndHeaderIsACut() {
    ScreenTimeline t = new ScreenTimeline().seconds(page(1), 1.0);
    double change = t.time();
    SceneAnalysis a = t.seconds(page(2), 1.5).analyze();

    SceneCut cut = onlyCut(a);
    assertEquals(change, cut.time(), FRAME / 2);
    assertTrue(cut.score() > 0.25 && cut.score() < 0.6, "score " + cut.score());
    Region r = cut.changed();
    assertTrue(r.x() >= 200 && r.y() >= 60, "sidebar and header did not change: " + r);
    assertTrue(r.x() + r.width() >= 840 && r.y() + r.height() >= 400, "content changed: " + r);
    assertEquals(cut.time(), cut.settledTime(), FRAME / 2);
  }

  @Test
  void dialogOverDimmedBackdropIsACut() {
    ScreenCanvas dialog =
        page(1).dimAll(0.5).fill(280, 140, 400, 250, 250).text(300, 200, 360, 120, 7);
    ScreenTimeline t = new ScreenTimeline().seconds(page(1), 1.0);
    double change = t.time();
    SceneCut cut = onlyCut(t.seconds(dialog, 1.0).analyze());
    assertEquals(change, cut.time(), FRAME / 2);
  }

  @Test
  void twoChangesATenthOfASecondApartAreOneCut() {
    ScreenTimeline t = new ScreenTimeline().seconds(page(1), 1.0);
    double first = t.time();
    SceneAnalysis a = t.hold(page(2), 3).seconds(page(3), 1.0).analyze();
    assertEquals(first, onlyCut(a).time(), FRAME / 2);
  }

  @Test
  void pagePaintedOverThreeFramesIsOneCutSettledWhenPaintingStops() {
    ScreenCanvas top = ScreenCanvas.appShell().text(220, 80, 640, 110, 2);
    ScreenCanvas middle = top.copy().text(220, 190, 640, 120, 3);
    ScreenCanvas full = middle.copy().text(220, 310, 640, 110, 4);
    ScreenTimeline t = new ScreenTimeline().seconds(page(1), 1.0);
    double start = t.time();
    t.hold(top, 1).hold(middle, 1);
    double last = t.time();
    SceneCut cut = onlyCut(t.seconds(full, 1.0).analyze());
    assertTrue(cut.time() >= start - 1e-9 && cut.time() <= start + FRAME + 1e-9, "at " + cut.time());
    assertEquals(last, cut.settledTime(), FRAME / 2);
  }

  @Test
  void settledTimeWaitsForLateContentAfterTheCut() {
    ScreenCanvas loading = ScreenCanvas.appShell().text(220, 80, 640, 340, 2);
    ScreenCanvas loaded = loading.copy().fill(700, 430, 150, 60, 120); // a late image
    ScreenTimeline t = new ScreenTimeline().seconds(page(1), 1.0);
    double cutTime = t.time();
    t.seconds(loading, 0.3);
    double lateImage = t.time();
    SceneCut cut = onlyCut(t.seconds(loaded, 1.0).analyze());
    assertEquals(cutTime, cut.time(), FRAME / 2);
    assertEquals(lateImage, cut.settledTime(), FRAME / 2);
    assertTrue(cut.changed().y() + cut.changed().height() >= 480, "late image in " + cut.changed());
  }

  @Test
  void typingIsNoCutButALocalChangeWhereTheTextIs() {
    ScreenCanvas screen = page(1).fill(300, 450, 400, 40, 255);
    ScreenTimeline t = new ScreenTimeline().seconds(screen, 0.5);
    double start = t.time();
    for (int letter = 0; letter < 12; letter++) {
      screen = screen.copy().fill(310 + letter * 12, 460, 8, 20, 20);
      t.hold(screen, 4); // one letter every 0.133 s
    }
    double end = t.time() - 4 * FRAME;
    SceneAnalysis a = t.seconds(screen, 1.0).analyze();

    assertEquals(0, a.cuts().size(), "cuts: " + a.cuts());
    assertEquals(1, a.localChanges().size(), "local: " + a.localChanges());
    LocalChange typing = a.localChanges().get(0);
    assertEquals(start, typing.start(), FRAME / 2);
    assertEquals(end, typing.end(), FRAME / 2);
    Region r = typing.region();
    assertTrue(r.x() <= 310 && r.x() + r.width() >= 450, "covers the typed text: " + r);
    assertTrue(r.y() <= 460 && r.y() + r.height() >= 480 && r.height() < 80, "one line: " + r);
  }

  @Test
  void blinkingCaretIsNoCut() {
    ScreenCanvas off = page(1).fill(300, 450, 400, 40, 255);
    ScreenCanvas on = off.copy().fill(312, 456, 2, 28, 0);
    ScreenTimeline t = new ScreenTimeline();
    for (int i = 0; i < 12; i++) {
      t.seconds(i % 2 == 0 ? on : off, 0.25);
    }
    assertEquals(0, t.analyze().cuts().size());
  }

  @Test
  void movingCursorIsNoCutNorLocalChange() {
    ScreenTimeline t = new ScreenTimeline();
    for (int i = 0; i < 60; i++) {
      t.hold(page(1).fill(250 + i * 9, 100 + i * 6, 12, 18, 0), 1);
    }
    SceneAnalysis a = t.seconds(page(1), 0.5).analyze();
    assertEquals(0, a.cuts().size(), "cuts: " + a.cuts());
    assertEquals(0, a.localChanges().size(), "local: " + a.localChanges());
  }

  @Test
  void hoverTintIsNoCutButALocalChange() {
    ScreenCanvas button = page(1).fill(700, 460, 120, 40, 70);
    ScreenCanvas hovered = page(1).fill(700, 460, 120, 40, 110);
    SceneAnalysis a =
        new ScreenTimeline().seconds(button, 1.0).seconds(hovered, 1.0).seconds(button, 1.0).analyze();
    assertEquals(0, a.cuts().size(), "cuts: " + a.cuts());
    assertEquals(1, a.localChanges().size(), "local: " + a.localChanges());
    Region r = a.localChanges().get(0).region();
    assertTrue(r.x() <= 700 && r.x() + r.width() >= 820 && r.width() < 200, "button: " + r);
  }

  @ParameterizedTest
  @ValueSource(ints = {-10, -17, -25, -40, 12, 33})
  void smallScrollOfTextIsNoCut(int dy) {
    ScreenCanvas before = ScreenCanvas.appShell().text(220, 60, 700, 480, 5);
    ScreenCanvas after = before.copy().scroll(220, 60, 700, 480, dy, 6);
    SceneAnalysis a = new ScreenTimeline().seconds(before, 1.0).seconds(after, 1.0).analyze();
    assertEquals(0, a.cuts().size(), "scroll by " + dy + ": " + a.cuts());
  }

  @Test
  void pageDimmingOverOneSecondIsNoCut() {
    ScreenTimeline t = new ScreenTimeline().seconds(page(1), 0.5);
    for (int i = 1; i <= 30; i++) {
      t.hold(page(1).dimAll(1 - 0.7 * i / 30.0), 1);
    }
    assertEquals(0, t.seconds(page(1).dimAll(0.3), 0.5).analyze().cuts().size());
  }

  @Test
  void uniformBrightnessRampsAreNoCut() {
    ScreenTimeline t = new ScreenTimeline();
    for (int cycle = 0; cycle < 2; cycle++) {
      for (int i = 0; i <= 30; i++) {
        t.hold(new ScreenCanvas(i * 8), 1);
      }
      for (int i = 30; i >= 0; i--) {
        t.hold(new ScreenCanvas(i * 8), 1);
      }
      t.hold(new ScreenCanvas(0), 3);
    }
    assertEquals(0, t.analyze().cuts().size());
  }

  @Test
  void contentFadingInOnASettledBlankScreenIsACutWhereTheFadeBegins() {
    ScreenTimeline t = new ScreenTimeline().seconds(new ScreenCanvas(0), 1.0);
    double onset = t.time();
    for (int i = 1; i <= 20; i++) {
      t.hold(page(1).dimAll(i / 20.0), 1);
    }
    SceneCut cut = onlyCut(t.seconds(page(1), 1.0).analyze());
    assertEquals(onset, cut.time(), FRAME / 2);
    assertTrue(cut.settledTime() >= onset + 19 * FRAME, "settles after the fade: " + cut);
  }

  @Test
  void menuOpeningInASmallAreaIsNoCut() {
    ScreenCanvas menu = page(1).fill(600, 60, 220, 200, 255).text(610, 70, 200, 180, 9);
    SceneAnalysis a = new ScreenTimeline().seconds(page(1), 1.0).seconds(menu, 1.0).analyze();
    assertEquals(0, a.cuts().size(), "cuts: " + a.cuts());
    assertEquals(1, a.localChanges().size());
  }
}

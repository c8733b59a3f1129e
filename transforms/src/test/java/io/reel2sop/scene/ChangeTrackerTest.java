package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Region;
import io.reel2sop.model.ScreenChange;
import io.reel2sop.model.ScreenChange.Kind;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the screen moved from one still state to the next ({@link ChangeTracker}, through
 * {@link SceneDetector#finish()}'s changes), on drawn screens at 30 fps.
 */
class ChangeTrackerTest {
  private static final double FRAME = 1 / ScreenTimeline.FPS;

  private static ScreenCanvas page(long seed) {
    return ScreenCanvas.appShell().text(220, 80, 640, 340, seed);
  }

  /** A long text page below a header {@code top} pixels high, scrolled down by {@code offset}. */
  private static ScreenCanvas article(int top, int offset) {
    return ScreenCanvas.appShell().fill(0, 0, ScreenCanvas.WIDTH, top, 50)
        .document(220, top, 700, ScreenCanvas.HEIGHT - top, offset, 5);
  }

  /** One second still, then a scroll by {@code step} pixels a frame for {@code frames} frames, then still. */
  private static List<ScreenChange> scroll(int top, int step, int frames) {
    ScreenTimeline t = new ScreenTimeline().seconds(article(top, 0), 1.0);
    for (int i = 1; i <= frames; i++) {
      t.hold(article(top, i * step), 1);
    }
    return t.seconds(article(top, frames * step), 1.0).changes();
  }

  private static ScreenChange only(List<ScreenChange> changes) {
    assertEquals(1, changes.size(), "changes: " + changes);
    return changes.get(0);
  }

  // The header ends on a line of the change grid (80 video pixels = 16 thumbnail pixels).
  @ParameterizedTest(name = "{0} px a frame for {1} frames")
  @CsvSource({"7, 20", "12, 30", "25, 24", "40, 12", "60, 10"})
  void smoothScrollIsScrolledWhateverTheDistance(int step, int frames) {
    ScreenChange scroll = only(scroll(80, step, frames));
    assertEquals(Kind.SCROLLED, scroll.kind(), scroll.toString());
    assertEquals(1.0, scroll.start(), FRAME / 2);
    assertEquals(1.0 + (frames - 1) * FRAME, scroll.settled(), FRAME / 2);
    assertTrue(scroll.changed().y() >= 80, "the header did not move: " + scroll.changed());
  }

  @Disabled("BUG (reported): the band a step's shift is looked for in is whole change cells, so the "
      + "fixed header rows above a scrolling area off the cell grid count as unexplained: REPLACED")
  @ParameterizedTest(name = "{0} px a frame for {1} frames")
  @CsvSource({"12, 30", "25, 24", "40, 12"})
  void scrollBelowAHeaderOffTheCellGridIsScrolled(int step, int frames) {
    assertEquals(Kind.SCROLLED, only(scroll(60, step, frames)).kind());
  }

  @Disabled("BUG (reported): a step under about 3/4 of a thumbnail pixel is no whole-pixel shift "
      + "clearly better than none, so a slow scroll is EXPANDED")
  @Test
  void slowScrollIsScrolled() {
    assertEquals(Kind.SCROLLED, only(scroll(80, 3, 60)).kind());
  }

  @Test
  void blockInsertedInAListIsExpandedFromWhereItOpened() {
    ScreenCanvas list = ScreenCanvas.appShell().text(220, 80, 640, 440, 3);
    ScreenCanvas opened = list.copy().scroll(220, 280, 640, ScreenCanvas.HEIGHT - 280, 60, 0)
        .fill(230, 285, 600, 50, 225).text(240, 290, 500, 40, 11);
    ScreenChange change = only(new ScreenTimeline().seconds(list, 1.0).seconds(opened, 1.0).changes());
    assertEquals(Kind.EXPANDED, change.kind(), change.toString());
    Region box = change.changed();
    assertTrue(box.y() <= 280 && box.y() > 240, "from the insertion: " + box);
    assertTrue(box.y() + box.height() >= 520, "to the end of the list: " + box);
  }

  @Test
  void hoverTintThatGoesAwayBeforeTheScreenSettlesIsTransient() {
    ScreenCanvas button = page(1).fill(700, 460, 120, 40, 70);
    ScreenCanvas hovered = page(1).fill(700, 460, 120, 40, 110);
    ScreenTimeline t = new ScreenTimeline().seconds(button, 1.0);
    ScreenChange change = only(t.seconds(hovered, 0.2).seconds(button, 1.0).changes());
    assertEquals(Kind.TRANSIENT, change.kind());
    assertEquals(1.0, change.start(), FRAME / 2);
    assertEquals(1.2, change.settled(), FRAME / 2);
    assertNull(change.changed(), "nothing differs once still");
  }

  @Test
  void pageReplacedIsReplacedAroundTheContentOnly() {
    ScreenChange change = only(new ScreenTimeline().seconds(page(1), 1.0).seconds(page(2), 1.0).changes());
    assertEquals(Kind.REPLACED, change.kind());
    assertEquals(1.0, change.start(), FRAME / 2);
    assertEquals(change.start(), change.readable(), 1e-9, "an instant change is readable at once");
    assertEquals(change.start(), change.settled(), 1e-9);
    Region box = change.changed();
    assertTrue(box.x() >= 200 && box.y() >= 60, "sidebar and header did not change: " + box);
    assertTrue(box.x() <= 220 && box.y() <= 80, "covers the content: " + box);
    assertTrue(box.x() + box.width() >= 860 && box.y() + box.height() >= 420, "covers the content: " + box);
    assertTrue(change.area() > 0.3 && change.area() < 0.6, "area " + change.area());
  }

  @Test
  void dialogFadingInIsOneChangeReadableHalfWayAndSettledAtTheEnd() {
    ScreenCanvas dialog = page(1).dimAll(0.5).fill(280, 140, 400, 250, 250).text(300, 200, 360, 120, 7);
    ScreenTimeline t = new ScreenTimeline().seconds(page(1), 1.0);
    for (int i = 1; i <= 6; i++) {
      t.hold(page(1).blend(dialog, i / 6.0), 1);
    }
    double end = t.time() - FRAME;
    ScreenChange fade = only(t.seconds(dialog, 1.0).changes());
    assertEquals(Kind.REPLACED, fade.kind());
    assertEquals(1.0, fade.start(), FRAME / 2);
    assertEquals(end, fade.settled(), FRAME / 2);
    assertTrue(fade.readable() > fade.start() + FRAME / 2 && fade.readable() < fade.settled() - FRAME / 2,
        "readable inside the fade: " + fade);
  }

  @Test
  void pagePaintedOverThreeFramesIsReadableOnceMostOfItIsThere() {
    ScreenCanvas top = ScreenCanvas.appShell().text(220, 80, 640, 110, 2);
    ScreenCanvas middle = top.copy().text(220, 190, 640, 120, 3);
    ScreenCanvas full = middle.copy().text(220, 310, 640, 110, 4);
    ScreenTimeline t = new ScreenTimeline().seconds(page(1), 1.0).hold(top, 1);
    double secondFrame = t.time();
    ScreenChange change = only(t.hold(middle, 1).seconds(full, 1.0).changes());
    assertEquals(Kind.REPLACED, change.kind());
    assertEquals(secondFrame, change.readable(), FRAME / 2);
    assertEquals(secondFrame + FRAME, change.settled(), FRAME / 2);
  }

  @Test
  void motionLongerThanThreeSecondsIsMotion() {
    ScreenChange motion = only(playing(150).changes());
    assertEquals(Kind.MOTION, motion.kind());
    assertEquals(1.0, motion.start(), FRAME / 2);
    assertEquals(6.0, motion.settled(), FRAME / 2);
  }

  @Test
  void animationShorterThanThreeSecondsIsNoMotion() {
    ScreenChange animation = only(playing(60).changes());
    assertEquals(Kind.TRANSIENT, animation.kind(), "the page is back as it was: " + animation);
  }

  /** One second of a still page, then {@code frames} frames of a video playing in it, then the page again. */
  private static ScreenTimeline playing(int frames) {
    ScreenTimeline t = new ScreenTimeline().seconds(page(1), 1.0);
    for (int i = 0; i < frames; i++) {
      t.hold(page(1).document(500, 150, 200, 150, 3 * i, 9), 1);
    }
    return t.seconds(page(1), 1.0);
  }
}

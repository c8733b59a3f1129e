package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.PointerRest;
import io.reel2sop.model.TimeChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pointer is found where a person sees it stop, from frames drawn at 960x540 and shrunk to
 * the detector's 192-pixel thumbnails (5 video pixels to one): its tip within a thumbnail pixel
 * or two, whichever way it travelled, on a light page or a dark one; a caret, typing or a spinner
 * is never taken for it.
 */
class PointerTrackerTest {
  /** A thumbnail pixel is 5 video pixels here; the tip is placed to about two of them. */
  private static final int NEAR = 12;

  private static ScreenCanvas page() {
    return ScreenCanvas.appShell().text(220, 80, 640, 340, 3);
  }

  /** The pointer travelling from one point to another with the slowing steps of a hand. */
  private static ScreenTimeline travel(ScreenTimeline t, ScreenCanvas page, int[] from, int[] to, int frames,
      int ink, int outline) {
    for (int i = 1; i <= frames; i++) {
      double s = 1 - Math.pow(1 - i / (double) frames, 3);
      int x = (int) Math.round(from[0] + s * (to[0] - from[0]));
      int y = (int) Math.round(from[1] + s * (to[1] - from[1]));
      t.hold(page.copy().pointer(x, y, ink, outline), 1);
    }
    return t;
  }

  private static void assertRestsAt(List<PointerRest> rests, int[]... points) {
    assertEquals(points.length, rests.size(), "rests: " + rests);
    for (int i = 0; i < points.length; i++) {
      PointerRest r = rests.get(i);
      assertTrue(Math.abs(r.x() - points[i][0]) <= NEAR && Math.abs(r.y() - points[i][1]) <= NEAR,
          "rest " + r + " for a tip at " + points[i][0] + "," + points[i][1]);
    }
  }

  @Test
  void restsWhereThePointerStopsWhicheverWayItCame() {
    ScreenCanvas page = page();
    int[] a = {300, 200};
    int[] b = {620, 380};
    int[] c = {250, 120};
    int[] d = {700, 90};
    ScreenTimeline t = new ScreenTimeline().hold(page.copy().pointer(a[0], a[1], 0, 255), 20);
    travel(t, page, a, b, 18, 0, 255).hold(page.copy().pointer(b[0], b[1], 0, 255), 20);
    travel(t, page, b, c, 15, 0, 255).hold(page.copy().pointer(c[0], c[1], 0, 255), 20);
    travel(t, page, c, d, 12, 0, 255).hold(page.copy().pointer(d[0], d[1], 0, 255), 20);
    List<PointerRest> rests = t.analyze().pointerRests();
    assertRestsAt(rests, b, c, d);
    // when it arrived: its last steps are smaller than a thumbnail pixel, so up to a few frames early
    assertEquals(20 / 30.0 + 18 / 30.0 - 1 / 30.0, rests.get(0).time(), 0.1);
  }

  @Test
  void aLightPointerOnADarkPageIsFollowedToo() {
    ScreenCanvas dark = new ScreenCanvas(30).fill(0, 0, ScreenCanvas.WIDTH, 60, 60);
    int[] a = {100, 400};
    int[] b = {520, 150};
    ScreenTimeline t = new ScreenTimeline().hold(dark.copy().pointer(a[0], a[1], 255, 0), 10);
    travel(t, dark, a, b, 20, 255, 0).hold(dark.copy().pointer(b[0], b[1], 255, 0), 20);
    assertRestsAt(t.analyze().pointerRests(), b);
  }

  @Test
  void aFrameTheCaptureRepeatedMidTravelIsNoRest() {
    ScreenCanvas page = page();
    ScreenTimeline t = new ScreenTimeline();
    int[] b = {640, 300};
    for (int i = 0; i <= 16; i++) {
      ScreenCanvas at = page.copy().pointer(300 + 20 * Math.min(i, 16) + (i >= 16 ? 20 : 0), 300, 0, 255);
      t.hold(at, i == 8 ? 2 : 1);
    }
    t.hold(page.copy().pointer(b[0], b[1], 0, 255), 20);
    assertRestsAt(t.analyze().pointerRests(), b);
  }

  @Test
  void aButtonLightingUpAsThePointerEntersItDoesNotLoseThePointer() {
    ScreenCanvas page = page().fill(560, 440, 200, 50, 90);
    ScreenCanvas lit = page.copy().fill(560, 440, 200, 50, 140);
    ScreenTimeline t = new ScreenTimeline();
    int[] b = {650, 462};
    for (int i = 0; i <= 20; i++) {
      int x = 300 + (b[0] - 300) * i / 20;
      int y = 300 + (b[1] - 300) * i / 20;
      t.hold((y >= 440 ? lit : page).copy().pointer(x, y, 0, 255), 1);
    }
    t.hold(lit.copy().pointer(b[0], b[1], 0, 255), 20);
    List<PointerRest> rests = t.analyze().pointerRests();
    assertTrue(!rests.isEmpty(), "no rest");
    PointerRest last = rests.get(rests.size() - 1);
    assertRestsAt(List.of(last), b);
  }

  @Test
  void aBlinkingCaretTypingAndASpinnerAreNoPointer() {
    ScreenCanvas field = page().fill(300, 450, 400, 40, 255);
    ScreenTimeline t = new ScreenTimeline();
    for (int i = 0; i < 8; i++) {
      t.seconds(i % 2 == 0 ? field.copy().fill(312, 456, 2, 28, 0) : field, 0.5);
    }
    ScreenCanvas typed = field.copy();
    for (int i = 0; i < 20; i++) {
      typed = typed.copy().fill(312 + 9 * i, 460, 7, 18, 20);
      t.hold(typed, 3);
    }
    for (int i = 0; i < 60; i++) {
      int phase = i % 4;
      t.hold(field.copy().fill(800 + (phase % 2) * 8, 200 + (phase / 2) * 8, 8, 8, 40), 1);
    }
    assertEquals(List.of(), t.seconds(field, 1).analyze().pointerRests());
  }

  @Test
  void chunksFindTheSameRestsAsOnePass() {
    ScreenCanvas page = page();
    ScreenTimeline t = new ScreenTimeline();
    int[] at = {200, 200};
    for (int k = 0; k < 8; k++) {
      int[] next = {200 + (k * 173) % 600, 120 + (k * 97) % 380};
      travel(t, page, at, next, 10 + k, 0, 255).hold(page.copy().pointer(next[0], next[1], 0, 255), 7 + 3 * k);
      at = next;
    }
    List<PointerRest> whole = t.analyze().pointerRests();
    assertTrue(whole.size() >= 7, "rests: " + whole);
    for (double length : new double[] {0.7, 1.3, 2.9}) {
      List<PointerRest> stitched = TimeChunk.split(t.time(), length).stream()
          .flatMap(chunk -> t.analyze(chunk, 1.5).pointerRests().stream())
          .toList();
      assertEquals(whole, stitched, length + " s chunks");
    }
  }
}

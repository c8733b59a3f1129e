package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.Region;
import org.junit.jupiter.api.Test;

/** Whether a band of the screen moved up or down, or was edited in place, on drawn thumbnails. */
class ShiftMatchTest {
  /** The change grid's cells: 8 thumbnail pixels, on 192x108 thumbnails of 960x540 screens. */
  private static final CellGrid GRID = new CellGrid(192, 108, 8);
  /** The content area below an 80-pixel header, in thumbnail pixels. */
  private static final Region CONTENT = new Region(40, 16, 144, 92);

  private final ShiftMatch shifts = new ShiftMatch(GRID, SceneSettings.defaults().cellThreshold());

  private static GreyFrame article(int offset) {
    return ScreenCanvas.appShell().fill(0, 0, ScreenCanvas.WIDTH, 80, 50)
        .document(220, 80, 700, 460, offset, 5).frame(0);
  }

  private static ScreenCanvas list() {
    return ScreenCanvas.appShell().text(220, 80, 640, 440, 3);
  }

  /** The list with a block of {@code height} pixels opened at {@code y}, pushing the rest down. */
  private static ScreenCanvas opened(ScreenCanvas list, int y, int height) {
    return list.copy().scroll(220, y, 640, ScreenCanvas.HEIGHT - y, height, 0)
        .fill(230, y + 5, 600, height - 10, 225).text(240, y + 10, 500, height - 20, 11);
  }

  @Test
  void contentScrolledUpIsExplainedByTheShiftWithTheRowsItRevealed() {
    ShiftMatch.Result up = shifts.match(article(0), article(50), CONTENT);
    assertTrue(up.explained());
    assertEquals(-10.0, up.shift());
    assertEquals(new Region(40, 98, 144, 10), up.revealed(), "new rows come in at the bottom");
  }

  @Test
  void contentScrolledDownRevealsRowsAtTheTop() {
    ShiftMatch.Result down = shifts.match(article(50), article(0), CONTENT);
    assertTrue(down.explained());
    assertEquals(10.0, down.shift());
    assertEquals(new Region(40, 16, 144, 10), down.revealed());
  }

  @Test
  void shiftBetweenThumbnailPixelsIsFoundInHalfPixels() {
    ShiftMatch.Result result = shifts.match(article(100), article(112), CONTENT);
    assertTrue(result.explained());
    assertEquals(-2.5, result.shift());
  }

  @Test
  void replacedContentIsNoShift() {
    GreyFrame before = ScreenCanvas.appShell().text(220, 80, 640, 340, 1).frame(0);
    GreyFrame after = ScreenCanvas.appShell().text(220, 80, 640, 340, 2).frame(0);
    assertFalse(shifts.match(before, after, CONTENT).explained());
    assertFalse(shifts.isInPlaceEdit(before, after, CONTENT));
  }

  @Test
  void unchangedBandIsNoShift() {
    ShiftMatch.Result still = shifts.match(article(0), article(0), CONTENT);
    assertFalse(still.explained());
    assertEquals(0.0, still.shift());
  }

  @Test
  void blockOpenedInAListIsAnInPlaceEditAndClosingItToo() {
    GreyFrame closed = list().frame(0);
    GreyFrame open = opened(list(), 280, 60).frame(0);
    Region band = new Region(40, 56, 136, 52);
    assertTrue(shifts.isInPlaceEdit(closed, open, band));
    assertTrue(shifts.isInPlaceEdit(open, closed, band));
  }

  @Test
  void largeBlockOpenedWhileAnotherClosesIsNoInPlaceEdit() {
    ScreenCanvas list = list();
    GreyFrame before = opened(list, 140, 120).frame(0);
    GreyFrame after = opened(list, 340, 120).frame(0);
    assertFalse(shifts.isInPlaceEdit(before, after, new Region(40, 24, 136, 84)));
  }
}

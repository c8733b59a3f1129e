package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GroundSplitTest {
  private static final int W = 120;
  private static final int H = 60;
  private static final int PAGE = 240;
  private static final int BUTTON = 90;

  /** A light page with a dark button holding a white caption (three 2 px strokes). */
  private static byte[] pageWithButton() {
    byte[] g = new byte[W * H];
    Arrays.fill(g, (byte) PAGE);
    fill(g, 20, 15, 80, 30, BUTTON);
    for (int stroke = 0; stroke < 3; stroke++) {
      fill(g, 40 + 12 * stroke, 24, 2, 12, 255);
    }
    fill(g, 5, 50, 30, 2, 20); // dark text on the page
    return g;
  }

  private static void fill(byte[] g, int x, int y, int w, int h, int value) {
    for (int yy = y; yy < y + h; yy++) {
      Arrays.fill(g, yy * W + x, yy * W + x + w, (byte) value);
    }
  }

  @Test
  void theButtonWithItsCaptionGoesToTheInvertedPassAlone() {
    GroundSplit split = GroundSplit.of(OcrImage.ofGrey(W, H, pageWithButton()));
    assertTrue(split.anyLightGround());
    assertTrue(split.anyDarkGround());

    byte[] inverted = split.darkGroundInverted().grey();
    // the caption is dark on the inverted button, and the page takes the button's ground: no edge
    assertEquals(0, inverted[30 * W + 40] & 0xff);
    assertEquals(255 - BUTTON, inverted[20 * W + 60] & 0xff);
    assertEquals(255 - BUTTON, inverted[5 * W + 5] & 0xff);
    assertEquals(255 - BUTTON, inverted[51 * W + 10] & 0xff);

    byte[] light = split.lightGround().grey();
    // the page text stays; the button, caption and all, takes the page's ground (but for its
    // edge and rounded-off corners: a frame around nothing)
    assertEquals(20, light[51 * W + 10] & 0xff);
    for (int y = 18; y < 42; y++) {
      for (int x = 30; x < 90; x++) {
        assertEquals(PAGE, light[y * W + x] & 0xff, "at " + x + "," + y);
      }
    }
  }

  @Test
  void aLightPageHasNoDarkGround() {
    byte[] g = new byte[W * H];
    Arrays.fill(g, (byte) PAGE);
    fill(g, 10, 10, 60, 14, 30); // bold dark heading strokes, densely packed
    for (int x = 12; x < 70; x += 4) {
      fill(g, x, 10, 2, 14, PAGE);
    }
    assertFalse(GroundSplit.of(OcrImage.ofGrey(W, H, g)).anyDarkGround());
  }
}

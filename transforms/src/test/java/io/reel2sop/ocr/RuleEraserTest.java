package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RuleEraserTest {
  private static final int W = 80;
  private static final int H = 40;

  private static byte[] white() {
    byte[] g = new byte[W * H];
    Arrays.fill(g, (byte) 255);
    return g;
  }

  private static void rect(byte[] g, int x, int y, int w, int h, int value) {
    for (int yy = y; yy < y + h; yy++) {
      for (int xx = x; xx < x + w; xx++) {
        g[yy * W + xx] = (byte) value;
      }
    }
  }

  @Test
  void anOutlineIsErasedAndWhatItEnclosesKept() {
    byte[] g = white();
    rect(g, 5, 5, 60, 1, 40); // top and bottom border
    rect(g, 5, 34, 60, 1, 40);
    rect(g, 5, 5, 1, 30, 40); // left and right border, 2 px thick
    rect(g, 63, 5, 2, 30, 40);
    rect(g, 20, 15, 2, 12, 30); // a letter's stem inside
    rect(g, 26, 15, 8, 2, 30); // and a short bar
    byte[] out = RuleEraser.erased(OcrImage.ofGrey(W, H, g)).grey();
    byte[] expected = white();
    rect(expected, 20, 15, 2, 12, 30);
    rect(expected, 26, 15, 8, 2, 30);
    // the corners, where the lines cross, are not lines across both ways
    expected[5 * W + 5] = 40;
    expected[34 * W + 5] = 40;
    expected[5 * W + 63] = 40;
    expected[5 * W + 64] = 40;
    expected[34 * W + 63] = 40;
    expected[34 * W + 64] = 40;
    assertEquals(Arrays.toString(expected), Arrays.toString(out));
  }

  @Test
  void filledShapesStay() {
    byte[] g = white();
    rect(g, 5, 5, 70, 20, 60); // a filled button
    rect(g, 5, 30, 70, 3, 60); // a 3 px bar is no rule
    assertEquals(Arrays.toString(g), Arrays.toString(RuleEraser.erased(OcrImage.ofGrey(W, H, g)).grey()));
  }
}

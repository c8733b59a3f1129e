package io.reel2sop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK's own PNG reader gets back every pixel of the BGR rows, whatever their padding. */
class PngWriterTest {
  @TempDir Path out;

  @Test
  void paddedRowsOfAnOddWidthReadBackExactly() throws Exception {
    // equal rows, runs and noise, so the "up" filter meets zero, small and wrapping differences
    assertReadsBack(37, 23, 3 * 37 + 5, 5);
  }

  @Test
  void noiseSpreadOverSeveralDataChunksReadsBackExactly() throws Exception {
    Path png = assertReadsBack(300, 300, 900, Integer.MAX_VALUE);
    assertTrue(Files.size(png) > 4 * 65536, "noise does not compress: several 64 KB chunks");
  }

  @Test
  void rowsShorterThanTheWidthAreRefused() {
    ByteBuffer bgr = ByteBuffer.allocate(3 * 10 * 4);
    assertThrows(IllegalArgumentException.class, () -> PngWriter.writeBgr(bgr, 10, 4, 29, out.resolve("a.png")));
    assertThrows(IllegalArgumentException.class, () -> PngWriter.writeBgr(bgr, 10, 5, 30, out.resolve("b.png")));
  }

  /** Writes random rows, each {@code repeatEvery}-th one a copy of the row above, and reads them back. */
  private Path assertReadsBack(int width, int height, int stride, int repeatEvery) throws Exception {
    ByteBuffer bgr = ByteBuffer.allocateDirect(stride * height);
    Random random = new Random(width);
    for (int y = 0; y < height; y++) {
      for (int i = 0; i < stride; i++) {
        boolean repeat = y > 0 && y % repeatEvery == 1;
        bgr.put(y * stride + i, (byte) (repeat ? bgr.get((y - 1) * stride + i) : random.nextInt(256)));
      }
    }
    bgr.position(7);
    Path png = out.resolve(width + "x" + height + ".png");

    PngWriter.writeBgr(bgr, width, height, stride, png);

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int at = y * stride + 3 * x;
        int expected = (bgr.get(at + 2) & 0xff) << 16 | (bgr.get(at + 1) & 0xff) << 8 | (bgr.get(at) & 0xff);
        assertEquals(expected, image.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
      }
    }
    assertEquals(7, bgr.position());
    return png;
  }
}

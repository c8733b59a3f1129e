package io.reel2sop.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.ocr.OcrImage;
import io.reel2sop.ocr.OcrWord;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real OCR on a drawn form: the secrets' pixels are overwritten, the rest of the screen is not. */
class ScreenshotRedactorTest {
  private static final int W = 960;
  private static final int H = 540;
  private static OcrEngine ocr;

  @BeforeAll
  static void open() {
    ocr = ScreenshotRedactor.openEngine();
  }

  @AfterAll
  static void close() {
    ocr.close();
  }

  /** A form with labelled values; the ink box of each value, by its text. */
  private static Map<String, Rectangle> drawForm(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(0xf6, 0xf7, 0xf9));
    g.fillRect(0, 0, W, H);
    Font font = new Font("DejaVu Sans", Font.PLAIN, 18);
    if (!font.getFamily().equals("DejaVu Sans")) {
      throw new IllegalStateException("the DejaVu Sans font is not installed (Debian: apt-get install fonts-dejavu-core)");
    }
    g.setFont(font);
    Map<String, Rectangle> values = new LinkedHashMap<>();
    String[][] rows = {{"Customer", "Acme Falcon"}, {"Email", "jane.doe@example.com"},
        {"Phone", "+1 (555) 201-7788"}, {"Card", "4111 1111 1111 1111"}, {"Notes", "Call back on Monday"}};
    int y = 80;
    for (String[] row : rows) {
      g.setColor(new Color(0x5b, 0x64, 0x75));
      g.drawString(row[0], 60, y);
      g.setColor(Color.WHITE);
      g.fillRect(220, y - 26, 520, 38);
      g.setColor(new Color(0x1d, 0x23, 0x30));
      g.drawString(row[1], 232, y);
      values.put(row[1], font.createGlyphVector(g.getFontRenderContext(), row[1]).getPixelBounds(null, 232, y));
      y += 70;
    }
    g.dispose();
    return values;
  }

  private static ByteBuffer pixels(BufferedImage image) {
    return ByteBuffer.wrap(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
  }

  @Test
  void theSecretsAreSolidBlackAndNoLongerReadAndTheRestIsUntouched() {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
    Map<String, Rectangle> values = drawForm(image);
    BufferedImage before = copy(image);
    new ScreenshotRedactor(ocr, RedactionRules.of("emails,phones,cards", "Falcon", ""), List.of())
        .apply(pixels(image), W, H, 3 * W, 12.0);

    for (String secret : List.of("jane.doe@example.com", "+1 (555) 201-7788", "4111 1111 1111 1111")) {
      assertUniform(image, values.get(secret), secret);
    }
    Rectangle falcon = values.get("Acme Falcon");
    assertUniform(image, new Rectangle(falcon.x + falcon.width - 40, falcon.y, 40, falcon.height), "Falcon");
    assertEquals(before.getRGB(values.get("Acme Falcon").x + 2, values.get("Acme Falcon").y + 2),
        image.getRGB(values.get("Acme Falcon").x + 2, values.get("Acme Falcon").y + 2), "Acme is left");
    Rectangle notes = values.get("Call back on Monday");
    for (int y = notes.y; y < notes.y + notes.height; y++) {
      for (int x = notes.x; x < notes.x + notes.width; x++) {
        assertEquals(before.getRGB(x, y), image.getRGB(x, y), "untouched at " + x + "," + y);
      }
    }
    String read = ocr.readWords(OcrImage.fromBgr24(pixels(image).array(), W, H, 3 * W)).stream()
        .map(OcrWord::text).collect(Collectors.joining(" "));
    assertTrue(read.contains("Customer") && read.contains("Notes") && read.contains("Monday"), read);
    assertFalse(read.contains("@") || read.contains("555") || read.contains("4111") || read.contains("Falcon"), read);
  }

  @Test
  void aReviewersBoxIsCoveredOnlyOnScreenshotsInItsTimeAndNeedsNoOcr() {
    ScreenshotRedactor boxes = new ScreenshotRedactor(null, RedactionRules.NONE,
        List.of(new RedactBox(new Region(100, 100, 50, 20), 5.0, 10.0), new RedactBox(new Region(900, 500, 200, 200), null, null)));
    BufferedImage outside = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
    drawForm(outside);
    BufferedImage inside = copy(outside);
    boxes.apply(pixels(outside), W, H, 3 * W, 10.5);
    boxes.apply(pixels(inside), W, H, 3 * W, 5.0);
    assertUniform(inside, new Rectangle(100, 100, 50, 20), "box in its time");
    assertUniform(inside, new Rectangle(900, 500, 60, 40), "box without times, cut to the picture");
    assertUniform(outside, new Rectangle(900, 500, 60, 40), "box without times");
    assertEquals(0xf6f7f9, outside.getRGB(100, 100) & 0xffffff, "box outside its time");
  }

  private static void assertUniform(BufferedImage image, Rectangle box, String what) {
    for (int y = box.y; y < box.y + box.height; y++) {
      for (int x = box.x; x < box.x + box.width; x++) {
        assertEquals(0, image.getRGB(x, y) & 0xffffff, what + " is black at " + x + "," + y);
      }
    }
  }

  private static BufferedImage copy(BufferedImage image) {
    BufferedImage copy = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
    copy.setData(image.getData());
    return copy;
  }
}

package io.reel2sop.pipeline.cli;

import static io.reel2sop.fixtures.Walkthrough.SECRET_CARD;
import static io.reel2sop.fixtures.Walkthrough.SECRET_COMPANY;
import static io.reel2sop.fixtures.Walkthrough.SECRET_EMAIL;
import static io.reel2sop.fixtures.Walkthrough.SECRET_PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.reel2sop.fixtures.FormField;
import io.reel2sop.fixtures.UiLayout;
import io.reel2sop.fixtures.Walkthrough;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the tests of redaction look for in outputs made from the {@link Walkthrough#SECRETS}
 * recording with {@code --redact=emails,phones,cards --redactWords=Falconridge}.
 */
final class SecretChecks {
  static final List<String> REDACT = List.of("--redact=emails,phones,cards", "--redactWords=Falconridge");
  /** What must not be found, in any case: the secrets and telling parts of them. */
  static final List<String> TELLING = List.of(SECRET_EMAIL, SECRET_PHONE, SECRET_CARD, "Falconridge",
      "jane.doe", "doe@", "201 7788", "4111 1111");

  private SecretChecks() {}

  /** The text of an output file as a reader gets it, lower case: PDFs as PDFBox extracts them; none for a PNG. */
  static String readableText(String name, byte[] content) throws IOException {
    if (name.endsWith(".png")) {
      return "";
    }
    if (name.endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(content)) {
        return OutputChecks.pdfText(pdf).toLowerCase(Locale.ROOT);
      }
    }
    return new String(content, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
  }

  /** Fails naming {@code where} when {@code text} (lower case) holds a secret. */
  static void assertNoSecret(String text, String where) {
    for (String secret : TELLING) {
      assertFalse(text.contains(secret.toLowerCase(Locale.ROOT)), secret + " found in " + where);
    }
  }

  /**
   * Checks that every secret typed before {@code time} is under one solid colour on the screenshot
   * taken at {@code time}; returns how many it checked.
   */
  static int assertTypedSecretsCovered(BufferedImage shot, double time, String where) {
    int checked = 0;
    for (var typed : Walkthrough.SECRETS.timeline().typing()) {
      if (typed.end() < time) {
        // of the company name only the word given to --redactWords is a secret
        String secret = typed.text().equals(SECRET_COMPANY) ? "Falconridge" : typed.text();
        Rectangle text = typedText(typed.field(), secret);
        assertEquals(1, colours(shot, text), where + ": " + secret + " at " + text);
        checked++;
      }
    }
    return checked;
  }

  /** The ink of a field's typed text (the field's font is DejaVu Sans Mono 16, drawn at x + 10, baseline y + 24). */
  private static Rectangle typedText(FormField field, String text) {
    Rectangle r = UiLayout.field(field);
    Font font = new Font("DejaVu Sans Mono", Font.PLAIN, 16);
    FontRenderContext antialiased = new FontRenderContext(null, true, false);
    return font.createGlyphVector(antialiased, text).getPixelBounds(antialiased, r.x + 10, r.y + 24);
  }

  /** How many colours the pixels of {@code area} have. */
  static long colours(BufferedImage image, Rectangle area) {
    List<Integer> seen = new ArrayList<>();
    for (int y = area.y; y < area.y + area.height; y++) {
      for (int x = area.x; x < area.x + area.width; x++) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.stream().distinct().count();
  }
}

package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.reel2sop.model.Region;
import java.util.ArrayList;
import java.util.List;

/** Compares what OCR read on a test screen with what was drawn on it. */
final class ScreenChecks {
  /** Pixels a found box may be off from the drawn ink on each side. */
  static final int TOLERANCE = 3;
  /** The pointer region read around a drawn text: a button and its neighbours. */
  static final int POINTER_WIDTH = 300;
  static final int POINTER_HEIGHT = 90;

  private ScreenChecks() {}

  /**
   * Reads the whole screen and checks what any reading must satisfy: no text kept from both
   * passes, at most {@code phantomsAllowed} labels where nothing was drawn. Returns the labels.
   */
  static List<OcrLabel> readWholeScreen(OcrEngine engine, UiCanvas screen, int phantomsAllowed) {
    List<OcrWord> words = engine.readWords(screen.ocrImage());
    assertNoDuplicates(words);
    List<OcrLabel> labels = TextLines.group(words);
    assertAtMostPhantoms(phantomsAllowed, labels, screen);
    return labels;
  }

  static boolean found(List<OcrLabel> labels, DrawnText drawn) {
    return labels.stream().anyMatch(l -> l.text().equals(drawn.text()) && drawn.coveredBy(l.box(), TOLERANCE));
  }

  /** The drawn texts not read as a label of the same text around the same ink. */
  static List<String> missed(List<OcrLabel> labels, UiCanvas screen) {
    List<String> missed = new ArrayList<>();
    for (DrawnText drawn : screen.texts()) {
      if (!found(labels, drawn)) {
        missed.add(drawn.text() + " (read: " + readAt(labels, drawn.ink()) + ")");
      }
    }
    return missed;
  }

  static void assertReadsAtLeast(double share, List<OcrLabel> labels, UiCanvas screen) {
    List<String> missed = missed(labels, screen);
    int drawn = screen.texts().size();
    assertTrue(drawn - missed.size() >= share * drawn,
        (drawn - missed.size()) + " of " + drawn + " texts read, missed " + missed);
  }

  static void assertReads(List<OcrLabel> labels, UiCanvas screen, String... texts) {
    for (String text : texts) {
      DrawnText drawn = screen.texts().stream().filter(t -> t.text().equals(text)).findFirst()
          .orElseThrow(() -> new AssertionError("no text " + text + " on the test screen"));
      if (!found(labels, drawn)) {
        fail(text + " at " + drawn.ink() + " not read; read there: " + readAt(labels, drawn.ink()));
      }
    }
  }

  /** Labels where nothing was drawn (misread lines, icons): at most {@code allowed}. */
  static void assertAtMostPhantoms(int allowed, List<OcrLabel> labels, UiCanvas screen) {
    List<OcrLabel> phantoms = labels.stream()
        .filter(l -> screen.texts().stream().noneMatch(t -> WordMerge.overlapArea(l.box(), t.ink()) > 0))
        .toList();
    assertTrue(phantoms.size() <= allowed, "labels where nothing was drawn: " + phantoms);
  }

  /** No text was kept from both the plain and the inverted pass. */
  static void assertNoDuplicates(List<OcrWord> words) {
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        OcrWord a = words.get(i);
        OcrWord b = words.get(j);
        if (a.inverted() != b.inverted() && WordMerge.sameText(a.box(), b.box())) {
          fail("read twice: " + a + " and " + b);
        }
      }
    }
  }

  /**
   * Reads the region around the middle of each drawn text, as a caller does around the mouse
   * pointer, and returns the texts whose nearest label is not that text.
   */
  static List<String> missedAroundPointer(OcrEngine engine, UiCanvas screen) {
    OcrImage image = screen.ocrImage();
    List<String> missed = new ArrayList<>();
    for (DrawnText drawn : screen.texts()) {
      int x = drawn.ink().x() + drawn.ink().width() / 2;
      int y = drawn.ink().y() + drawn.ink().height() / 2;
      Region around = OcrRegions.around(x, y, Math.max(POINTER_WIDTH, drawn.ink().width() + 40), POINTER_HEIGHT, image);
      OcrLabel nearest = TextLines.nearest(engine.readLabels(image, around), x, y);
      if (nearest == null || !nearest.text().equals(drawn.text()) || !drawn.coveredBy(nearest.box(), TOLERANCE)) {
        missed.add(drawn.text() + " (read: " + nearest + ")");
      }
    }
    return missed;
  }

  static void assertMissedAroundPointerAtMost(int allowed, OcrEngine engine, UiCanvas screen) {
    List<String> missed = missedAroundPointer(engine, screen);
    assertTrue(missed.size() <= allowed, missed.size() + " of " + screen.texts().size() + " missed: " + missed);
  }

  static void assertAllInverted(boolean inverted, List<OcrLabel> labels, String text) {
    OcrLabel label = labels.stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
    for (OcrWord word : label.words()) {
      assertEquals(inverted, word.inverted(), "which pass read " + word);
    }
  }

  private static List<String> readAt(List<OcrLabel> labels, Region ink) {
    return labels.stream().filter(l -> WordMerge.overlapArea(l.box(), ink) > 0)
        .map(l -> l.text() + " " + l.box()).toList();
  }
}

package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reel2sop.model.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {
  private static OcrWord word(String text, int x, int y, int w, int h) {
    return new OcrWord(text, new Region(x, y, w, h), 0.9, false);
  }

  @Test
  void wordsOneSpaceApartMakeOneLabel() {
    List<OcrLabel> labels = TextLines.group(List.of(
        word("check-out", 120, 20, 60, 12), word("Confirm", 60, 20, 52, 10)));
    assertEquals(1, labels.size());
    assertEquals("Confirm check-out", labels.get(0).text());
    assertEquals(new Region(60, 20, 120, 12), labels.get(0).box());
  }

  @Test
  void aWideGapOrAnotherLineStartsANewLabel() {
    List<OcrLabel> labels = TextLines.group(List.of(
        word("Tickets", 24, 20, 49, 10),
        word("Assets", 110, 20, 45, 10), // 37 px on: the next menu item
        word("All", 20, 80, 18, 10),
        word("tickets", 42, 80, 44, 10)));
    assertEquals(List.of("Tickets", "Assets", "All tickets"), labels.stream().map(OcrLabel::text).toList());
  }

  @Test
  void overlappingBoxesOfOneLineStayTogether() {
    // Tesseract can stretch a word's box over the next one
    List<OcrLabel> labels = TextLines.group(List.of(
        word("access", 455, 86, 57, 9), word("to", 501, 86, 11, 9), word("the", 519, 85, 20, 10)));
    assertEquals(List.of("access to the"), labels.stream().map(OcrLabel::text).toList());
  }

  @Test
  void aLabelIsAsSureAsItsLeastSureWord() {
    OcrLabel label = TextLines.group(List.of(
        new OcrWord("Save", new Region(0, 0, 30, 10), 0.95, true),
        new OcrWord("access", new Region(35, 2, 40, 8), 0.7, true))).get(0);
    assertEquals(0.7, label.confidence());
  }

  @Test
  void nearestPrefersTheLabelUnderThePoint() {
    List<OcrLabel> labels = TextLines.group(List.of(
        word("Save", 100, 100, 40, 12), word("Cancel", 200, 100, 50, 12)));
    assertEquals("Cancel", TextLines.nearest(labels, 210, 105).text());
    assertEquals("Save", TextLines.nearest(labels, 160, 130).text());
    assertNull(TextLines.nearest(List.of(), 0, 0));
  }
}

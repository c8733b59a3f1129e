package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMergeTest {
  @Test
  void textReadByBothPassesIsKeptOnceWithTheBetterConfidence() {
    OcrWord plain = new OcrWord("Save", new Region(10, 10, 30, 10), 0.6, false);
    OcrWord inverted = new OcrWord("Save", new Region(11, 10, 30, 11), 0.9, true);
    OcrWord other = new OcrWord("Cancel", new Region(80, 10, 40, 10), 0.8, false);
    assertEquals(List.of(inverted, other), WordMerge.merge(List.of(plain, other), List.of(inverted)));
  }

  @Test
  void onATieThePlainPassWins() {
    OcrWord plain = new OcrWord("Open", new Region(10, 10, 30, 10), 0.9, false);
    OcrWord inverted = new OcrWord("Open", new Region(10, 10, 30, 10), 0.9, true);
    assertEquals(List.of(plain), WordMerge.merge(List.of(plain), List.of(inverted)));
  }

  @Test
  void wordsOfOnePassAreAllKeptInReadingOrder() {
    OcrWord access = new OcrWord("access", new Region(455, 86, 57, 9), 0.89, true);
    OcrWord to = new OcrWord("to", new Region(501, 86, 11, 9), 0.97, true);
    OcrWord title = new OcrWord("Members", new Region(24, 40, 60, 10), 0.9, false);
    assertEquals(List.of(title, access, to), WordMerge.merge(List.of(title), List.of(to, access)));
  }
}

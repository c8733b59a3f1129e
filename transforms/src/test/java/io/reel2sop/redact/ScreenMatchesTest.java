package io.reel2sop.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrWord;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenMatchesTest {
  private static final RedactionRules RULES = RedactionRules.of("emails,phones,cards", "Falconridge", "");

  private static OcrWord word(String text, int x, int y) {
    return new OcrWord(text, new Region(x, y, 10 * text.length(), 14), 0.4, false);
  }

  @Test
  void aMatchOverSeveralWordsCoversTheirUnionAndNothingElseOfTheLine() {
    List<OcrWord> phone = List.of(word("Phone:", 100, 50), word("+1", 170, 50), word("555", 200, 50),
        word("201", 240, 50), word("7788", 280, 50));
    assertEquals(List.of(new Region(170, 50, 150, 14)), ScreenMatches.find(phone, RULES));
  }

  @Test
  void anAddressSplitAtADotIsFoundRunTogether() {
    List<OcrWord> email = List.of(word("jane.doe@example.", 100, 80), word("com", 275, 80));
    assertEquals(new Region(100, 80, 205, 14), ScreenMatches.find(email, RULES).get(1));
  }

  @Test
  void digitsReadAsLettersInANumberAreReadAsDigits() {
    assertEquals("4111", ScreenMatches.digitsAsRead("4l1]"));
    assertEquals("Logistics", ScreenMatches.digitsAsRead("Logistics"));
    List<OcrWord> card = List.of(word("4111", 100, 200), word("111]", 150, 200), word("l111", 200, 200),
        word("1111", 250, 200));
    assertEquals(new Region(100, 200, 190, 14), ScreenMatches.find(card, RULES).get(0));
  }

  @Test
  void theCaretAfterTheLastDigitTypedDoesNotHideTheNumber() {
    assertEquals("7788", ScreenMatches.withoutCaret("7788]"));
    assertEquals("Total", ScreenMatches.withoutCaret("Total"), "a word not ending in a caret-like glyph");
    List<OcrWord> typing = List.of(word("+1", 100, 50), word("555", 130, 50), word("201", 170, 50),
        word("7788]", 210, 50));
    assertEquals(List.of(new Region(100, 50, 160, 14)), ScreenMatches.find(typing, RULES),
        "the whole number, the word with the caret included");
  }

  @Test
  void wordsOnOtherLinesOrFarApartAreSeparate() {
    List<OcrWord> words = List.of(word("Falconridge", 100, 20), word("Logistics", 220, 20),
        word("4111", 100, 200), word("1111", 150, 200), word("1111", 200, 200), word("1111", 250, 200),
        word("Notes", 600, 200));
    List<Region> found = ScreenMatches.find(words, RULES);
    assertEquals(new Region(100, 20, 110, 14), found.get(0));
    assertEquals(new Region(100, 200, 190, 14), found.get(1));
    assertEquals(List.of(), ScreenMatches.find(words, RedactionRules.NONE));
  }
}

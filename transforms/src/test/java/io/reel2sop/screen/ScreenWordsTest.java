package io.reel2sop.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScreenWordsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"'Márquez,', marquez", "SAVE, save", "Q3, q3", "'naïve!', naive", "'—', ''", "Straße, strae"})
  void wordsAreComparedWithoutCaseAccentsOrPunctuation(String word, String normalized) {
    assertEquals(normalized, ScreenWords.normalize(word));
  }

  @ParameterizedTest(name = "{0} is said {1}")
  @CsvSource({"7, seven", "14, fourteen", "20, twenty", "42, fortytwo", "99, ninetynine", "100, 100", "q3, q3",
      "'', ''"})
  void numbersUnderAHundredAreSaidAsWords(String word, String said) {
    assertEquals(said, ScreenWords.spoken(word));
  }

  @Test
  void textIsSplitAtSpacesAndSeparatorsIntoNormalizedWords() {
    assertEquals(List.of("lina", "marquez", "sales", "q3", "2024", "new", "ticket"),
        ScreenWords.of("Lina Márquez / Sales · Q3-2024 | “New” (ticket)"));
    assertEquals(List.of(), ScreenWords.of(" — / "));
  }
}

package io.reel2sop.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoundsLikeTest {

  @Test
  void sameWordWrittenDifferentlyIsTheSame() {
    assertEquals(1.0, SoundsLike.similarity("Márquez", "marquez"));
    assertEquals(1.0, SoundsLike.similarity("Save,", "save"));
  }

  @Test
  void spellingsAreComparedByEditDistanceRelativeToTheLonger() {
    assertEquals(3, SoundsLike.editDistance("kitten", "sitting"));
    assertEquals(1 - 3 / 7.0, SoundsLike.similarity("kitten", "sitting"), 1e-9);
    assertEquals(0.75, SoundsLike.similarity("lena", "Lina"), 1e-9);
  }

  @Test
  void wordsThatSoundAlikeCountAsTheSameWhenSpelledHalfAlike() {
    assertEquals("mrks", SoundsLike.key("markez"));
    assertEquals("mrks", SoundsLike.key("marquez"));
    assertEquals(1.0, SoundsLike.similarity("markez", "Márquez"));
    assertEquals(1.0, SoundsLike.similarity("filip", "Phillip"));
  }

  @Test
  void soundAloneDoesNotMakeWordsAlike() {
    assertTrue(SoundsLike.similarity("proud", "priority") < 0.5, "shares a key, hardly a spelling");
  }

  @Test
  void shortSoundKeysAreNotTrusted() {
    // "same" and "save" both have two-consonant keys: only the spelling counts
    assertEquals(0.75, SoundsLike.similarity("same", "Save"), 1e-9);
  }

  @Test
  void nothingIsLikeAnEmptyWord() {
    assertEquals(0.0, SoundsLike.similarity("", "save"));
    assertEquals(0.0, SoundsLike.similarity("save", "…"));
  }

  @ParameterizedTest(name = "{0} sounds {1}")
  @CsvSource({"phone, fn", "knight, nt", "city, st", "gym, jm", "apple, apl", "cat, kt", "thing, 0nk",
      "bad, pt", "wrist, rst", "church, xrx", "xenon, sn", "judge, j", "quick, k"})
  void soundKeysKeepConsonantsByHowTheyAreMadeOnceInARow(String word, String key) {
    assertEquals(key, SoundsLike.key(word));
  }
}

package io.reel2sop.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordErrorRateTest {

  @Test
  void identicalTextsHaveNoErrors() {
    WordErrorRate.Result r = WordErrorRate.measure("click on new lead", "click on new lead");
    assertEquals(0, r.errors());
    assertEquals(4, r.referenceWords());
    assertEquals(0.0, r.rate());
  }

  @Test
  void normalisesCasePunctuationAndApostrophes() {
    WordErrorRate.Result r =
        WordErrorRate.measure("Now, I'm going to click \"New Lead\".", "now im going to click new lead");
    assertEquals(0, r.errors());
    assertEquals(7, r.referenceWords());
  }

  @Test
  void countsSubstitutionsDeletionsAndInsertions() {
    assertEquals(1, WordErrorRate.measure("click the save button", "click the safe button").errors());
    assertEquals(1, WordErrorRate.measure("click the save button", "click save button").errors());
    assertEquals(2, WordErrorRate.measure("click save", "um click uh save").errors());
    assertEquals(0.5, WordErrorRate.measure("click the save button", "the save").rate(), 1e-9);
  }

  @Test
  void rateCanExceedOneWithManyInsertions() {
    assertEquals(4.0, WordErrorRate.measure("save", "please do save it now").rate(), 1e-9);
  }

  @Test
  void emptyReferenceRateIsZeroOnlyForEmptyHypothesis() {
    assertEquals(0.0, WordErrorRate.measure("", "  ").rate());
    assertEquals(1.0, WordErrorRate.measure("...", "hello there").rate());
    assertEquals(2, WordErrorRate.measure(null, "hello there").errors());
  }

  @Test
  void poolsResultsOverRecordings() {
    WordErrorRate.Result pooled =
        WordErrorRate.measure("open the menu", "open a menu")
            .plus(WordErrorRate.measure("click save now", "click save now"));
    assertEquals(1, pooled.errors());
    assertEquals(6, pooled.referenceWords());
    assertEquals(1.0 / 6, pooled.rate(), 1e-9);
  }
}

package io.reel2sop.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepMatcherTest {
  private static final List<Step> STEPS = ReviewedSop.of(ReviewedSop.SHIFTED).steps();

  @Test
  void findsAStepThatStartsASecondLaterAndIsWordedSlightlyDifferently() {
    assertEquals(4, StepMatcher.find(STEPS, 12.4, "Press Save.", null)); // now "Click Save." at 13.4
    assertEquals(1, StepMatcher.find(STEPS, 3.5, "Click New Lead.", null)); // now "Click the New Lead button."
    assertEquals(4, StepMatcher.find(STEPS, 12.4, null, "and i pressed same")); // now "and i press save"
  }

  @Test
  void timeAloneOrWordsAloneAreNotEnough() {
    assertEquals(-1, StepMatcher.find(STEPS, 13.4, "Click Export.", null)); // right time, other words
    assertEquals(-1, StepMatcher.find(STEPS, 19.0, "Press Save.", null)); // right words, 5.6 s away
  }

  @Test
  void twoStepsSayingTheSameAreToldApartByTime() {
    List<Step> twice = ReviewedSop.of(List.of(
        new ReviewedSop.Said("Click Save.", "i click save", 2.0, 4.0, "A"),
        new ReviewedSop.Said("Type the name.", "type the name", 4.5, 6.0, "A"),
        new ReviewedSop.Said("Click Save.", "i click save", 6.5, 8.0, "A"))).steps();
    assertEquals(0, StepMatcher.find(twice, 3.0, "Click Save.", null));
    assertEquals(2, StepMatcher.find(twice, 5.9, "Click Save.", null));
  }

  @Test
  void contentWordsDropFillersAndTheLeadingVerb() {
    assertEquals(1.0, TextSimilarity.of("Click Save.", "Press Save."), 1e-9);
    assertEquals(0.8, TextSimilarity.of("Click New Lead.", "Click the New Lead button."), 1e-9);
    assertEquals(1.0, TextSimilarity.of("Open the list of Leads.", "Open the Leads list"), 1e-9);
    assertEquals(1.0, TextSimilarity.of("Type Lina Márquez", "type lina marquez"), 1e-9);
    assertEquals(0.0, TextSimilarity.of("Click Save.", "Click New Lead."), 1e-9);
    assertEquals(0.0, TextSimilarity.of("Click Save.", null), 1e-9);
    assertEquals(1.0, TextSimilarity.of("and i pressed same", "and i press save"), 1e-9); // misheard before
    assertEquals(0.0, TextSimilarity.of("Click Set.", "Click Get."), 1e-9); // short words must be spelled alike
  }
}

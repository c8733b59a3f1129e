package io.reel2sop.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UiVerbsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "clicking, click", "clicked, click", "clicks, click", "typing, type", "typed, type",
    "selected, select", "saving, save", "opens, open", "dragged, drag", "dragging, drag",
    "copies, copy", "copied, copy", "chose, choose", "went, go", "goes, go", "wrote, write",
    "submitted, submit", "logging, log", "cancelled, cancel", "canceled, cancel",
    "presses, press", "setting, set", "Double-Clicked, double-click", "right-clicking, right-click"
  })
  void mapsInflectedFormsToTheBaseForm(String form, String base) {
    assertEquals(Optional.of(base), UiVerbs.baseForm(form));
    assertTrue(UiVerbs.isInflected(form));
  }

  @ParameterizedTest
  @CsvSource({"click", "type", "save"})
  void baseFormsAreVerbsButNotInflected(String base) {
    assertTrue(UiVerbs.isVerb(base));
    assertFalse(UiVerbs.isInflected(base));
  }

  @ParameterizedTest
  @CsvSource({"left", "button", "the", "name", "form"})
  void otherWordsAreNotVerbs(String word) {
    assertFalse(UiVerbs.isVerb(word));
  }
}

package io.reel2sop.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditsFileTest {
  private static EditsFile parse(String json) throws EditsFileException {
    return EditsFile.parse(json.getBytes(StandardCharsets.UTF_8), "out/lead/edits.json");
  }

  private static String error(String json) {
    return assertThrows(EditsFileException.class, () -> parse(json)).getMessage();
  }

  @Test
  void readsEveryKindOfEditAndLeavesRedactionToRedaction() throws Exception {
    EditsFile edits = parse(ReviewedSop.EVERY_EDIT);
    assertEquals("Create a lead in Acme CRM", edits.title());
    assertEquals(List.of(StepEdit.Kind.DELETE, StepEdit.Kind.NOTE, StepEdit.Kind.SCREENSHOT_AT,
        StepEdit.Kind.MERGE_WITH_NEXT, StepEdit.Kind.INSTRUCTION, StepEdit.Kind.WARNING, StepEdit.Kind.SPLIT,
        StepEdit.Kind.INSTRUCTION), edits.steps().stream().map(StepEdit::kind).toList());
    assertEquals(3.5, edits.steps().get(2).match().time(), 1e-9); // "0:03.5"
    assertEquals(17.5, edits.steps().get(6).time(), 1e-9);
    assertEquals("Check the lead's details.", edits.steps().get(6).text());
  }

  @Test
  void theHashCoversTheWholeFileRedactionIncluded() throws Exception {
    String other = ReviewedSop.EVERY_EDIT.replace("[1, 2, 3, 4]", "[1, 2, 3, 5]");
    assertNotEquals(parse(ReviewedSop.EVERY_EDIT).hash(), parse(other).hash());
  }

  @Test
  void aBadFileIsRefusedNamingTheFileAndWhatIsWrong() {
    String truncated = error("{\"schemaVersion\": 1,\n \"title\": ");
    assertTrue(truncated.startsWith("out/lead/edits.json: not valid JSON: Unexpected end-of-input"), truncated);
    assertTrue(truncated.endsWith("(line 2, column 11)"), truncated);
    assertEquals("out/lead/edits.json: \"schemaVersion\" must be 1", error("{\"title\": \"x\"}"));
    assertEquals("out/lead/edits.json: unknown key \"titel\" (known: redact, schemaVersion, steps, title)",
        error("{\"schemaVersion\": 1, \"titel\": \"x\"}"));
    assertEquals("out/lead/edits.json: steps[0] must ask exactly one edit (instruction, delete, mergeWithNext,"
        + " split, note, warning or screenshotAt), not note and warning",
        error("{\"schemaVersion\": 1, \"steps\": [{\"match\": {\"time\": 1, \"instruction\": \"a\"},"
            + " \"note\": \"n\", \"warning\": \"w\"}]}"));
    assertEquals("out/lead/edits.json: steps[0].match needs the step's \"instruction\" or \"narration\"",
        error("{\"schemaVersion\": 1, \"steps\": [{\"match\": {\"time\": 1}, \"delete\": true}]}"));
    assertEquals("out/lead/edits.json: steps[0].match.time must be a time: seconds (12.4) or m:ss (\"0:12\")",
        error("{\"schemaVersion\": 1, \"steps\": [{\"match\": {\"time\": \"soon\", \"instruction\": \"a\"},"
            + " \"delete\": true}]}"));
    assertEquals("out/lead/edits.json: steps[0].split needs the second part's \"instruction\"",
        error("{\"schemaVersion\": 1, \"steps\": [{\"match\": {\"time\": 1, \"instruction\": \"a\"},"
            + " \"split\": {\"at\": 2}}]}"));
    assertEquals("out/lead/edits.json: steps[0].delete must be true (leave the edit out to keep the step)",
        error("{\"schemaVersion\": 1, \"steps\": [{\"match\": {\"time\": 1, \"instruction\": \"a\"},"
            + " \"delete\": false}]}"));
    assertEquals("out/lead/edits.json: schemaVersion 2 is not one this reel2sop reads (1)",
        error("{\"schemaVersion\": 2}"));
  }
}

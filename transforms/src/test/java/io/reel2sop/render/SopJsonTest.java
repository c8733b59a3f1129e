package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SopDocument;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SopJsonTest {

  @Test
  void roundTripGivesAnEqualDocument() throws IOException {
    SopDocument document = SampleSop.document();
    assertEquals(document, SopJson.read(SopJson.write(document)));
  }

  @Test
  void writtenDocumentMeetsTheContract() {
    assertEquals(List.of(), SopContract.violations(SopJson.write(SampleSop.document())));
  }

  @Test
  void fieldsFollowRecordOrder() {
    String json = SopJson.write(SampleSop.document());
    assertInOrder(
        json,
        "\"schemaVersion\"",
        "\"recording\"",
        "\"producedBy\"",
        "\"title\"",
        "\"summary\"",
        "\"steps\"",
        "\"scenes\"",
        "\"transcript\"");
    assertInOrder(
        json,
        "\"index\"",
        "\"instruction\"",
        "\"narration\"",
        "\"start\"",
        "\"end\"",
        "\"screenshot\"",
        "\"highlight\"",
        "\"confidence\"");
  }

  @Test
  void timesAreNumbersAndMissingHighlightIsNull() {
    String json = SopJson.write(SampleSop.document());
    assertTrue(json.contains("\"start\": 31.5,"), json);
    assertTrue(json.contains("\"durationSeconds\": 125.5,"), json);
    assertTrue(json.contains("\"highlight\": null,"), json);
    assertTrue(json.contains("\"schemaVersion\": " + SopDocument.SCHEMA_VERSION + ","), json);
    assertTrue(json.contains("\n  \"steps\": [\n    {\n"), "one element per line:\n" + json);
  }

  @Test
  void readIgnoresFieldsAddedByLaterCompatibleVersions() throws IOException {
    String json =
        SopJson.write(SampleSop.document()).replaceFirst("\\{", "{\n  \"futureField\": [1, 2],");
    assertEquals(SampleSop.document(), SopJson.read(json));
  }

  @Test
  void readRejectsNonJson() {
    assertThrows(IOException.class, () -> SopJson.read("{\"schemaVersion\": "));
  }

  private static void assertInOrder(String text, String... needles) {
    int at = -1;
    for (String needle : needles) {
      int next = text.indexOf(needle, at + 1);
      assertTrue(next > at, needle + " should come after the previous field");
      at = next;
    }
  }
}

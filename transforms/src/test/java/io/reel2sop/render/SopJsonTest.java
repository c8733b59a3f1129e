package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Word;
import java.io.IOException;
import java.util.ArrayList;
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
  void versionTwoDocumentRoundTripsWithItsOutline() throws IOException {
    SopDocument outlined = SampleSop.outlined();
    String json = SopJson.write(outlined);
    assertEquals(outlined, SopJson.read(json));
    assertTrue(json.contains("\"objective\": \"Send an invoice to a customer.\","), json);
    assertTrue(json.contains("\"expectedResult\": \"The invoice shows as sent.\","), json);
    assertTrue(json.contains("\"number\": \"2.1\""), json);
    assertInOrder(json, "\"summary\"", "\"objective\"", "\"tools\"", "\"sections\"", "\"steps\"",
        "\"expectedResult\"", "\"scenes\"");
    assertInOrder(json, "\"confidence\"", "\"target\"", "\"label\": \"Billing\"", "\"source\": \"narration\"",
        "\"number\": \"1.1\"");
    assertEquals(List.of(), SopContract.violations(json));
  }

  @Test
  void wordCorrectedFromTheScreenKeepsWhatWasHeardAndOthersWriteNoHeard() throws IOException {
    SopDocument document = SampleSop.document();
    List<Word> words = new ArrayList<>(document.transcript().words());
    words.set(0, new Word("Billing", 2.0, 2.3, 0.5, "billing"));
    SopDocument corrected = new SopDocument(document.schemaVersion(), document.recording(), document.producedBy(),
        document.title(), document.summary(), document.steps(), document.scenes(),
        new SopDocument.TranscriptInfo("en", "vosk", words));
    String json = SopJson.write(corrected);
    assertEquals(corrected, SopJson.read(json));
    assertEquals(1, json.split("\"heard\"", -1).length - 1, json);
  }

  @Test
  void versionOneDocumentReadsWithStepsNumberedByTheirIndex() throws IOException {
    ObjectNode root = (ObjectNode) SopJson.MAPPER.readTree(SopJson.write(SampleSop.document()));
    root.put("schemaVersion", 1);
    root.remove(List.of("objective", "tools", "sections", "expectedResult"));
    for (JsonNode step : root.get("steps")) {
      ((ObjectNode) step).remove(List.of("target", "number"));
    }
    SopDocument read = SopJson.read(root.toString());
    assertEquals(1, read.schemaVersion());
    assertEquals(List.of("1", "2", "3"), read.steps().stream().map(Step::number).toList());
    assertEquals(SampleSop.steps(), read.steps());
    assertNull(read.objective());
    assertEquals(List.of(), read.tools());
    assertEquals(List.of(), read.sections());
    assertNull(read.expectedResult());
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

package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SopContractTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void missingFieldIsReportedWithItsPath() throws Exception {
    List<String> violations =
        violationsAfter(root -> ((ObjectNode) root.get("recording")).remove("fingerprint"));
    assertEquals(List.of("$.recording.fingerprint: missing"), violations);
  }

  @Test
  void wrongTypeIsReported() throws Exception {
    List<String> violations =
        violationsAfter(root -> ((ObjectNode) step(root, 0)).put("start", "0:02"));
    assertEquals(List.of("$.steps[0].start: expected number, was string"), violations);
  }

  @Test
  void stepsOutOfOrderAreReported() throws Exception {
    List<String> violations =
        violationsAfter(
            root -> {
              ArrayNode steps = (ArrayNode) root.get("steps");
              JsonNode first = steps.remove(0);
              steps.add(first);
            });
    assertEquals(3, violations.size(), violations.toString());
    assertTrue(violations.get(0).startsWith("$.steps[0].index: expected 1"), violations.toString());
  }

  @Test
  void valueRulesAreChecked() throws Exception {
    List<String> violations =
        violationsAfter(
            root -> {
              ObjectNode step = (ObjectNode) step(root, 1);
              step.put("start", 50.0).put("end", 40.0).put("confidence", 1.5).put("instruction", " ");
              step.put("highlight", "top left");
              ((ObjectNode) root.get("producedBy")).put("createdAt", "yesterday");
              ((ObjectNode) root).put("schemaVersion", 1.5);
            });
    assertEquals(
        List.of(
            "$.schemaVersion: expected integer, was number",
            "$.producedBy.createdAt: not an ISO-8601 date-time: yesterday",
            "$.steps[1].instruction: must not be empty",
            "$.steps[1]: start 50.0 is after end 40.0",
            "$.steps[1].highlight: expected object or null",
            "$.steps[1].confidence: must be within [0, 1], was 1.5"),
        violations);
  }

  @Test
  void incompleteHighlightAndTranscriptWordAreReported() throws Exception {
    List<String> violations =
        violationsAfter(
            root -> {
              ((ObjectNode) step(root, 0).get("highlight")).remove("height");
              ((ObjectNode) root.get("transcript").get("words").get(2)).putNull("word");
            });
    assertEquals(
        List.of(
            "$.steps[0].highlight.height: missing",
            "$.transcript.words[2].word: expected string, was null"),
        violations);
  }

  @Test
  void notJsonOrNotAnObjectIsReported() {
    assertTrue(SopContract.violations("{\"title\": ").get(0).startsWith("not JSON"));
    assertEquals(List.of("$: expected object, was array"), SopContract.violations("[]"));
  }

  @Test
  void documentWithoutStepsOrSpeechIsValid() {
    String json = SopJson.write(SampleSop.withSteps(List.of()));
    assertEquals(List.of(), SopContract.violations(json));
  }

  private static JsonNode step(JsonNode root, int i) {
    return root.get("steps").get(i);
  }

  private static List<String> violationsAfter(Consumer<JsonNode> breakIt) throws Exception {
    JsonNode root = MAPPER.readTree(SopJson.write(SampleSop.document()));
    breakIt.accept(root);
    return SopContract.violations(MAPPER.writeValueAsString(root));
  }
}

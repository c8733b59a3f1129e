package io.reel2sop.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a {@code sop.json} text against the contract in DESIGN.md: required fields, their JSON
 * types, and the few rules between them (steps numbered 1..n in order, start &lt;= end, confidences
 * in [0, 1]). Extra fields are allowed. Each violation names the JSON path it is about.
 */
public final class SopContract {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<String> violations = new ArrayList<>();

  private SopContract() {}

  /** An empty list when the text is a valid SOP document. */
  public static List<String> violations(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
    SopContract contract = new SopContract();
    contract.checkDocument(root);
    return List.copyOf(contract.violations);
  }

  private void checkDocument(JsonNode root) {
    if (!isObject(root, "$")) {
      return;
    }
    JsonNode version = integer(root, "schemaVersion", "$");
    if (version != null && version.asInt() < 1) {
      violations.add("$.schemaVersion: must be at least 1, was " + version.asInt());
    }
    checkRecording(root.get("recording"), "$.recording");
    checkProducedBy(root.get("producedBy"), "$.producedBy");
    string(root, "title", "$");
    string(root, "summary", "$");
    JsonNode steps = array(root, "steps", "$");
    if (steps != null) {
      for (int i = 0; i < steps.size(); i++) {
        checkStep(steps.get(i), i + 1, "$.steps[" + i + "]");
      }
    }
    JsonNode scenes = array(root, "scenes", "$");
    if (scenes != null) {
      for (int i = 0; i < scenes.size(); i++) {
        String path = "$.scenes[" + i + "]";
        if (isObject(scenes.get(i), path)) {
          nonNegative(scenes.get(i), "time", path);
          unitInterval(scenes.get(i), "score", path);
        }
      }
    }
    checkTranscript(root.get("transcript"), "$.transcript");
  }

  private void checkRecording(JsonNode recording, String path) {
    if (!isObject(recording, path)) {
      return;
    }
    string(recording, "uri", path);
    string(recording, "fingerprint", path);
    nonNegative(recording, "durationSeconds", path);
    integer(recording, "width", path);
    integer(recording, "height", path);
    nonNegative(recording, "fps", path);
    if (present(recording, "hasAudio", path) && !recording.get("hasAudio").isBoolean()) {
      violations.add(path + ".hasAudio: expected boolean");
    }
  }

  private void checkProducedBy(JsonNode producedBy, String path) {
    if (!isObject(producedBy, path)) {
      return;
    }
    string(producedBy, "version", path);
    JsonNode model = producedBy.get("model");
    if (isObject(model, path + ".model")) {
      string(model, "name", path + ".model");
      string(model, "version", path + ".model");
    }
    string(producedBy, "settingsHash", path);
    string(producedBy, "runner", path);
    JsonNode createdAt = string(producedBy, "createdAt", path);
    if (createdAt != null) {
      try {
        DateTimeFormatter.ISO_DATE_TIME.parse(createdAt.asText());
      } catch (DateTimeParseException e) {
        violations.add(path + ".createdAt: not an ISO-8601 date-time: " + createdAt.asText());
      }
    }
  }

  private void checkStep(JsonNode step, int expectedIndex, String path) {
    if (!isObject(step, path)) {
      return;
    }
    JsonNode index = integer(step, "index", path);
    if (index != null && index.asInt() != expectedIndex) {
      violations.add(
          path + ".index: expected " + expectedIndex + " (steps are numbered 1..n in order), was "
              + index.asInt());
    }
    JsonNode instruction = string(step, "instruction", path);
    if (instruction != null && instruction.asText().isBlank()) {
      violations.add(path + ".instruction: must not be empty");
    }
    string(step, "narration", path);
    JsonNode start = nonNegative(step, "start", path);
    JsonNode end = nonNegative(step, "end", path);
    if (start != null && end != null && start.asDouble() > end.asDouble()) {
      violations.add(path + ": start " + start.asDouble() + " is after end " + end.asDouble());
    }
    JsonNode screenshot = step.get("screenshot");
    if (isObject(screenshot, path + ".screenshot")) {
      JsonNode imagePath = string(screenshot, "path", path + ".screenshot");
      if (imagePath != null && imagePath.asText().isBlank()) {
        violations.add(path + ".screenshot.path: must not be empty");
      }
      nonNegative(screenshot, "time", path + ".screenshot");
    }
    if (present(step, "highlight", path) && !step.get("highlight").isNull()) {
      checkRegion(step.get("highlight"), path + ".highlight");
    }
    unitInterval(step, "confidence", path);
  }

  private void checkRegion(JsonNode region, String path) {
    if (!region.isObject()) {
      violations.add(path + ": expected object or null");
      return;
    }
    integer(region, "x", path);
    integer(region, "y", path);
    for (String size : List.of("width", "height")) {
      JsonNode value = integer(region, size, path);
      if (value != null && value.asInt() < 0) {
        violations.add(path + "." + size + ": must not be negative");
      }
    }
  }

  private void checkTranscript(JsonNode transcript, String path) {
    if (!isObject(transcript, path)) {
      return;
    }
    string(transcript, "language", path);
    JsonNode words = array(transcript, "words", path);
    if (words == null) {
      return;
    }
    for (int i = 0; i < words.size(); i++) {
      String wordPath = path + ".words[" + i + "]";
      JsonNode word = words.get(i);
      if (!isObject(word, wordPath)) {
        continue;
      }
      string(word, "word", wordPath);
      JsonNode start = nonNegative(word, "start", wordPath);
      JsonNode end = nonNegative(word, "end", wordPath);
      if (start != null && end != null && start.asDouble() > end.asDouble()) {
        violations.add(wordPath + ": start is after end");
      }
      unitInterval(word, "confidence", wordPath);
    }
  }

  private boolean isObject(JsonNode node, String path) {
    if (node == null || node.isMissingNode()) {
      violations.add(path + ": missing");
      return false;
    }
    if (!node.isObject()) {
      violations.add(
          path + ": expected object, was " + node.getNodeType().name().toLowerCase(Locale.ROOT));
      return false;
    }
    return true;
  }

  private boolean present(JsonNode parent, String field, String path) {
    if (!parent.has(field)) {
      violations.add(path + "." + field + ": missing");
      return false;
    }
    return true;
  }

  /** The field if present and of the given kind, else null (and a violation recorded). */
  private JsonNode typed(JsonNode parent, String field, String path, String kind, boolean ok) {
    if (!present(parent, field, path)) {
      return null;
    }
    if (!ok) {
      JsonNode value = parent.get(field);
      String actual = value.getNodeType().name().toLowerCase(Locale.ROOT);
      violations.add(path + "." + field + ": expected " + kind + ", was " + actual);
      return null;
    }
    return parent.get(field);
  }

  private JsonNode string(JsonNode parent, String field, String path) {
    JsonNode value = parent.get(field);
    return typed(parent, field, path, "string", value != null && value.isTextual());
  }

  private JsonNode integer(JsonNode parent, String field, String path) {
    JsonNode value = parent.get(field);
    boolean ok = value != null && value.isIntegralNumber() && value.canConvertToInt();
    return typed(parent, field, path, "integer", ok);
  }

  private JsonNode array(JsonNode parent, String field, String path) {
    JsonNode value = parent.get(field);
    return typed(parent, field, path, "array", value != null && value.isArray());
  }

  private JsonNode number(JsonNode parent, String field, String path) {
    JsonNode value = parent.get(field);
    return typed(parent, field, path, "number", value != null && value.isNumber());
  }

  private JsonNode nonNegative(JsonNode parent, String field, String path) {
    JsonNode value = number(parent, field, path);
    if (value != null && value.asDouble() < 0) {
      violations.add(path + "." + field + ": must not be negative, was " + value.asDouble());
    }
    return value;
  }

  private void unitInterval(JsonNode parent, String field, String path) {
    JsonNode value = number(parent, field, path);
    if (value != null && (value.asDouble() < 0 || value.asDouble() > 1)) {
      violations.add(path + "." + field + ": must be within [0, 1], was " + value.asDouble());
    }
  }
}

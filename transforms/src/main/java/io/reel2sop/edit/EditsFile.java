package io.reel2sop.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reel2sop.redact.EditsRedaction;
import io.reel2sop.redact.RedactBox;
import io.reel2sop.render.TimeFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A reviewer's {@code <id>/edits.json}, read and checked. reel2sop never writes it. The keys:
 *
 * <pre>
 * {"schemaVersion": 1,
 *  "title": "Create a lead",                                   (optional) the SOP's new title
 *  "steps": [{"match": {"time": 12.4, "instruction": "Click Save."}, "instruction": "Click Save draft."},
 *            {"match": {"time": "0:20", "narration": "and i pressed same"}, "delete": true}, ...],
 *  "redact": [{"box": [x, y, width, height], "from": 10.0, "to": 20.0}]}  boxes to cover (see EditsRedaction)
 * </pre>
 *
 * Each entry of {@code steps} names its step by {@code match} ({@code time}: the step's start in
 * seconds or as {@code m:ss}; {@code instruction} and/or {@code narration} as the SOP showed them)
 * and asks exactly one of: {@code instruction} (new wording), {@code delete: true},
 * {@code mergeWithNext: true}, {@code split: {"at": time, "instruction": "..."}} (the second part's
 * instruction), {@code note}, {@code warning}, {@code screenshotAt: time}. Any other key is refused,
 * so a misspelt edit is not lost silently.
 */
public record EditsFile(String hash, String title, List<StepEdit> steps, List<RedactBox> redact) {
  /** The file's name in a SOP folder. */
  public static final String NAME = "edits.json";
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP_KEYS = Set.of("schemaVersion", "title", "steps", "redact");
  private static final Set<String> MATCH_KEYS = Set.of("time", "instruction", "narration");
  private static final Set<String> SPLIT_KEYS = Set.of("at", "instruction");

  public EditsFile {
    steps = List.copyOf(steps);
    redact = List.copyOf(redact);
  }

  /** SHA-256 of the file's bytes as {@code sha256:<hex>}: what a SOP records to know its edits are current. */
  public static String hashOf(byte[] content) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Reads the file's bytes; {@code name} is how errors name it ({@code …/lead/edits.json}).
   *
   * @throws EditsFileException naming the file and what is wrong with it
   */
  public static EditsFile parse(byte[] content, String name) throws EditsFileException {
    JsonNode root;
    try {
      root = JSON.readTree(new String(content, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new EditsFileException(name, "not valid JSON: " + e.getOriginalMessage() + " (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new EditsFileException(name, "must hold one JSON object");
    }
    unknownKeys(root, TOP_KEYS, "", name);
    JsonNode version = root.get("schemaVersion");
    if (version == null || !version.isInt()) {
      throw new EditsFileException(name, "\"schemaVersion\" must be " + SCHEMA_VERSION);
    }
    if (version.intValue() != SCHEMA_VERSION) {
      throw new EditsFileException(name, "schemaVersion " + version.intValue() + " is not one this reel2sop reads ("
          + SCHEMA_VERSION + ")");
    }
    String title = optionalText(root, "title", "", name);
    List<StepEdit> edits = new ArrayList<>();
    JsonNode steps = root.get("steps");
    if (steps != null && !steps.isNull()) {
      if (!steps.isArray()) {
        throw new EditsFileException(name, "\"steps\" must be a list of edits");
      }
      for (int i = 0; i < steps.size(); i++) {
        edits.add(stepEdit(steps.get(i), "steps[" + i + "]", name));
      }
    }
    List<RedactBox> boxes;
    try {
      boxes = EditsRedaction.boxes(root.get("redact"));
    } catch (IllegalArgumentException e) {
      throw new EditsFileException(name, e.getMessage());
    }
    return new EditsFile(hashOf(content), title, edits, boxes);
  }

  private static StepEdit stepEdit(JsonNode entry, String where, String name) throws EditsFileException {
    if (!entry.isObject()) {
      throw new EditsFileException(name, where + " must be an object");
    }
    JsonNode match = entry.get("match");
    if (match == null || !match.isObject()) {
      throw new EditsFileException(name, where + " needs \"match\": {\"time\": …, \"instruction\": …}");
    }
    unknownKeys(match, MATCH_KEYS, where + ".match.", name);
    String instruction = optionalText(match, "instruction", where + ".match.", name);
    String narration = optionalText(match, "narration", where + ".match.", name);
    if (instruction == null && narration == null) {
      throw new EditsFileException(name, where + ".match needs the step's \"instruction\" or \"narration\"");
    }
    StepEdit.Match found = new StepEdit.Match(time(match.get("time"), where + ".match.time", name), instruction,
        narration);
    List<String> asked = new ArrayList<>();
    for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("match")) {
        asked.add(key);
      }
    }
    if (asked.size() != 1) {
      throw new EditsFileException(name, where + " must ask exactly one edit (instruction, delete, mergeWithNext,"
          + " split, note, warning or screenshotAt), not " + (asked.isEmpty() ? "none" : String.join(" and ", asked)));
    }
    String key = asked.get(0);
    JsonNode value = entry.get(key);
    String at = where + "." + key;
    return switch (key) {
      case "instruction" -> new StepEdit(found, StepEdit.Kind.INSTRUCTION, text(value, at, name), null);
      case "note" -> new StepEdit(found, StepEdit.Kind.NOTE, text(value, at, name), null);
      case "warning" -> new StepEdit(found, StepEdit.Kind.WARNING, text(value, at, name), null);
      case "delete" -> new StepEdit(found, yes(value, StepEdit.Kind.DELETE, at, name), null, null);
      case "mergeWithNext" -> new StepEdit(found, yes(value, StepEdit.Kind.MERGE_WITH_NEXT, at, name), null, null);
      case "screenshotAt" -> new StepEdit(found, StepEdit.Kind.SCREENSHOT_AT, null, time(value, at, name));
      case "split" -> split(found, value, at, name);
      default -> throw new EditsFileException(name, where + " asks an unknown edit \"" + key
          + "\" (instruction, delete, mergeWithNext, split, note, warning or screenshotAt)");
    };
  }

  private static StepEdit split(StepEdit.Match found, JsonNode value, String at, String name)
      throws EditsFileException {
    if (value == null || !value.isObject()) {
      throw new EditsFileException(name, at + " must be {\"at\": time, \"instruction\": \"…\"}");
    }
    unknownKeys(value, SPLIT_KEYS, at + ".", name);
    String second = value.get("instruction") == null ? null : text(value.get("instruction"), at + ".instruction", name);
    if (second == null) {
      throw new EditsFileException(name, at + " needs the second part's \"instruction\"");
    }
    return new StepEdit(found, StepEdit.Kind.SPLIT, second, time(value.get("at"), at + ".at", name));
  }

  private static StepEdit.Kind yes(JsonNode value, StepEdit.Kind kind, String at, String name)
      throws EditsFileException {
    if (value == null || !value.isBoolean() || !value.booleanValue()) {
      throw new EditsFileException(name, at + " must be true (leave the edit out to keep the step)");
    }
    return kind;
  }

  /** Seconds as a number, or {@code m:ss[.s]} as the SOP shows times. */
  private static double time(JsonNode value, String at, String name) throws EditsFileException {
    if (value != null && value.isNumber() && Double.isFinite(value.doubleValue()) && value.doubleValue() >= 0) {
      return value.doubleValue();
    }
    if (value != null && value.isTextual()) {
      try {
        return TimeFormat.parseClock(value.textValue());
      } catch (IllegalArgumentException e) {
        // named below
      }
    }
    throw new EditsFileException(name, at + " must be a time: seconds (12.4) or m:ss (\"0:12\")");
  }

  private static String text(JsonNode value, String at, String name) throws EditsFileException {
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new EditsFileException(name, at + " must be a non-empty text");
    }
    return value.textValue().strip();
  }

  private static String optionalText(JsonNode node, String key, String where, String name)
      throws EditsFileException {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : text(value, where + key, name);
  }

  private static void unknownKeys(JsonNode node, Set<String> known, String where, String name)
      throws EditsFileException {
    for (Iterator<String> keys = ((ObjectNode) node).fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!known.contains(key)) {
        throw new EditsFileException(name, "unknown key \"" + where + key + "\" (known: "
            + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }
}

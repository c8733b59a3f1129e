package io.reel2sop.redact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reel2sop.model.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * The redaction boxes of a SOP's edits file ({@code <id>/edits.json}), its {@code redact} key:
 * <pre>{"redact": [{"box": [x, y, width, height], "from": 10.0, "to": 20.0}]}</pre>
 * Other keys of the file are edits of other kinds and are left to their readers.
 */
public final class EditsRedaction {
  public static final String FILE = "edits.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private EditsRedaction() {}

  /**
   * The boxes in {@code json}; none when the file has no {@code redact} key.
   *
   * @throws IllegalArgumentException saying what is wrong where ({@code redact[1].box …}), when the
   *     file is not JSON or the key is not as above
   */
  public static List<RedactBox> read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return boxes(root.get("redact"));
  }

  /**
   * The boxes of an edits file's {@code redact} value; none for null.
   *
   * @throws IllegalArgumentException saying what is wrong where, when it is not as above
   */
  public static List<RedactBox> boxes(JsonNode redact) {
    if (redact == null || redact.isNull()) {
      return List.of();
    }
    if (!redact.isArray()) {
      throw new IllegalArgumentException("\"redact\" must be a list of {\"box\": [x, y, width, height]}");
    }
    List<RedactBox> boxes = new ArrayList<>();
    for (int i = 0; i < redact.size(); i++) {
      boxes.add(box(redact.get(i), "redact[" + i + "]"));
    }
    return boxes;
  }

  private static RedactBox box(JsonNode entry, String where) {
    JsonNode box = entry.get("box");
    if (box == null || !box.isArray() || box.size() != 4) {
      throw new IllegalArgumentException(where + ".box must be [x, y, width, height] in pixels");
    }
    int[] v = new int[4];
    for (int i = 0; i < 4; i++) {
      if (!box.get(i).isIntegralNumber() || !box.get(i).canConvertToInt() || (i >= 2 && box.get(i).asInt() <= 0)) {
        throw new IllegalArgumentException(
            where + ".box must be [x, y, width, height]: whole pixels, width and height above 0");
      }
      v[i] = box.get(i).asInt();
    }
    Double from = seconds(entry.get("from"), where + ".from");
    Double to = seconds(entry.get("to"), where + ".to");
    if (from != null && to != null && to < from) {
      throw new IllegalArgumentException(where + " ends (\"to\") before it starts (\"from\")");
    }
    return new RedactBox(new Region(v[0], v[1], v[2], v[3]), from, to);
  }

  private static Double seconds(JsonNode value, String where) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(where + " must be a number of seconds");
    }
    return value.asDouble();
  }
}

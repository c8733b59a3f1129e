package io.reel2sop.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.reel2sop.model.SopChanges;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@code changes.json}: the {@link SopChanges} record as JSON, written the way {@code sop.json} is. */
public final class ChangesJson {
  private ChangesJson() {}

  public static String write(SopChanges changes) {
    try {
      return SopJson.prettyWriter().writeValueAsString(changes) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise the change summary", e);
    }
  }

  /**
   * @throws IOException if the text is not JSON or does not map onto the record
   */
  public static SopChanges read(String json) throws IOException {
    return SopJson.MAPPER.readValue(json, SopChanges.class);
  }
}

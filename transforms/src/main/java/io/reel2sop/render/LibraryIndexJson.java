package io.reel2sop.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code index.json}: the {@link LibraryIndex} as pretty JSON in the style of {@code sop.json}
 * (fields in record order, absent values as null, unknown fields ignored on reading). Entries are
 * sorted by title, then folder, so the same library gives the same file.
 */
public final class LibraryIndexJson {

  private LibraryIndexJson() {}

  /** {@code generatedAt} is passed in (an ISO-8601 instant) to keep the output reproducible. */
  public static String write(List<IndexEntry> entries, String generatedAt) {
    try {
      return SopJson.prettyWriter().writeValueAsString(LibraryIndex.of(entries, generatedAt))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise the library index", e);
    }
  }

  /**
   * @throws IOException if the text is not JSON or does not map onto the records
   */
  public static LibraryIndex read(String json) throws IOException {
    return SopJson.MAPPER.readValue(json, LibraryIndex.class);
  }
}

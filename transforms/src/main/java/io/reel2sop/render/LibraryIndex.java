package io.reel2sop.render;

import java.util.List;

/**
 * {@code index.json} at the output root: every SOP of the library in {@link IndexEntry#ORDER}, and
 * when the index was made. Bump {@link #SCHEMA_VERSION} on any rename or change of meaning.
 */
public record LibraryIndex(int schemaVersion, String generatedAt, List<IndexEntry> sops) {

  public static final int SCHEMA_VERSION = 1;

  public LibraryIndex {
    sops = sops == null ? List.of() : List.copyOf(sops);
  }

  /** The index of these entries, sorted; {@code generatedAt} is an ISO-8601 instant. */
  public static LibraryIndex of(List<IndexEntry> entries, String generatedAt) {
    return new LibraryIndex(
        SCHEMA_VERSION, generatedAt, entries.stream().sorted(IndexEntry.ORDER).toList());
  }
}

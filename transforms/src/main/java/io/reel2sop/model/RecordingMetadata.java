package io.reel2sop.model;

import java.util.List;

/**
 * What a manifest says about a recording beyond its location: a title to use instead of the one
 * made from the file name, who owns the procedure, and tags. Any part may be null or empty.
 */
public record RecordingMetadata(String title, String owner, List<String> tags) {
  public RecordingMetadata {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}

package io.reel2sop.model;

/** A recording whose container was read successfully. {@code fingerprint} is a content hash. */
public record ProbedRecording(Recording recording, String fingerprint, MediaInfo media) {
  public String id() {
    return recording.id();
  }
}

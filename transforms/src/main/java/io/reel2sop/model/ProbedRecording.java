package io.reel2sop.model;

/** A recording whose container was read successfully. */
public record ProbedRecording(Recording recording, MediaInfo media) {
  public String id() {
    return recording.id();
  }

  public String fingerprint() {
    return recording.fingerprint();
  }
}

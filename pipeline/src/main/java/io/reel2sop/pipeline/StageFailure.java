package io.reel2sop.pipeline;

import io.reel2sop.media.UnusableRecordingException;
import io.reel2sop.model.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A recording that failed in one stage, with a reason a person can act on. */
public record StageFailure(String id, String uri, String stage, String reason) {
  private static final Logger LOG = LoggerFactory.getLogger(StageFailure.class);

  /**
   * Expected failures (the file's own fault) carry their message; anything else is a bug in
   * reel2sop, so it is logged with its stack trace once and reported as such.
   */
  public static StageFailure of(Recording recording, String stage, Exception error) {
    if (error instanceof UnusableRecordingException) {
      return new StageFailure(recording.id(), recording.uri(), stage, error.getMessage());
    }
    LOG.error("Unexpected error in {} for {}", stage, recording.uri(), error);
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return new StageFailure(recording.id(), recording.uri(), stage, stage + " failed: " + message);
  }
}

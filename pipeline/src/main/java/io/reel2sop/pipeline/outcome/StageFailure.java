package io.reel2sop.pipeline.outcome;

import io.reel2sop.environment.BrokenEnvironmentException;
import io.reel2sop.media.UnusableRecordingException;
import io.reel2sop.model.Recording;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A recording that failed in one stage, with a reason a person can act on. {@code fileFault} says
 * the recording itself is to blame (corrupt, truncated, not a video): retrying the same file cannot
 * help. Other failures (storage, network) are worth retrying on the next run.
 */
public record StageFailure(String id, String uri, String stage, String reason, boolean fileFault) {
  private static final Logger LOG = LoggerFactory.getLogger(StageFailure.class);

  /**
   * Expected failures carry their message: the file's own fault, or a storage or network problem
   * (an {@link IOException}). Anything else is a bug in reel2sop, so it is logged with its stack
   * trace once and reported as such. A {@link BrokenEnvironmentException} is rethrown: no
   * recording is to blame.
   */
  public static StageFailure of(Recording recording, String stage, Exception error) {
    if (error instanceof BrokenEnvironmentException broken) {
      throw broken; // the machine's fault, not the recording's: the run stops (see Preflight)
    }
    if (error instanceof UnusableRecordingException) {
      return new StageFailure(recording.id(), recording.uri(), stage, error.getMessage(), true);
    }
    if (error instanceof IOException) {
      return new StageFailure(recording.id(), recording.uri(), stage, stage + ": " + error.getMessage(), false);
    }
    LOG.error("Unexpected error in {} for {}", stage, recording.uri(), error);
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return new StageFailure(recording.id(), recording.uri(), stage, stage + " failed: " + message, false);
  }
}

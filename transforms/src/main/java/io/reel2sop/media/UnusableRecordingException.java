package io.reel2sop.media;

import java.io.IOException;

/**
 * The recording cannot become a SOP for a reason that lies in the file itself (empty, truncated,
 * not a video...). The message is one line a person can act on; no stack trace is needed for it.
 */
public class UnusableRecordingException extends IOException {
  public UnusableRecordingException(String reason) {
    super(reason);
  }

  public UnusableRecordingException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

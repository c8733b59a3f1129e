package io.reel2sop.environment;

/**
 * A problem of the machine, not of a recording: native libraries that cannot be loaded, a speech
 * model or OCR data that cannot be read, an output that cannot be written. No recording can succeed
 * until it is fixed, so a run stops before its batch with {@link #getMessage()} (one line: what is
 * missing and how to get it) rather than failing every recording for the same reason.
 */
public class BrokenEnvironmentException extends RuntimeException {
  public BrokenEnvironmentException(String message, Throwable cause) {
    super(message, cause);
  }

  public BrokenEnvironmentException(String message) {
    super(message);
  }

  /** The innermost cause's own words, e.g. "libfoo.so.1: cannot open shared object file". */
  public static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
  }
}

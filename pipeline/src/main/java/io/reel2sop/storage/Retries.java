package io.reel2sop.storage;

import com.google.cloud.BaseServiceException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;

/**
 * Repeats a storage call that failed for a passing reason: a 408, 429 or 5xx from the service (what
 * the client itself marks retryable), a timeout, or a dropped or refused connection. A failure that
 * would come back the same way (not found, access denied, a failed precondition, a file that is not
 * there) is reported at once.
 */
public final class Retries {
  /** A storage call. */
  public interface Call<T> {
    T run() throws IOException;
  }

  static final int ATTEMPTS = 4;
  private static final long FIRST_DELAY_MILLIS = 200;

  private Retries() {}

  public static <T> T run(String what, Call<T> call) throws IOException {
    long delay = FIRST_DELAY_MILLIS;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (BaseServiceException | IOException e) {
        if (!passing(e) || attempt == ATTEMPTS) {
          throw new IOException(what + " failed after " + attempt + " attempt(s): " + e.getMessage(), e);
        }
      }
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(what + " interrupted", e);
      }
      delay *= 2;
    }
  }

  /** Whether the same call may succeed if it is made again. */
  static boolean passing(Exception failure) {
    if (failure instanceof BaseServiceException service) {
      return service.isRetryable();
    }
    return failure instanceof SocketException || failure instanceof InterruptedIOException;
  }
}

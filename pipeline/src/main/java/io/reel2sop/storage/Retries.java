package io.reel2sop.storage;

import com.google.cloud.BaseServiceException;
import java.io.IOException;

/** Repeats a storage call that failed for a passing reason (a 5xx, a dropped connection). */
final class Retries {
  interface Call<T> {
    T run() throws IOException;
  }

  static final int ATTEMPTS = 4;
  private static final long FIRST_DELAY_MILLIS = 200;

  private Retries() {}

  static <T> T run(String what, Call<T> call) throws IOException {
    long delay = FIRST_DELAY_MILLIS;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (BaseServiceException | IOException e) {
        boolean passing = e instanceof IOException || ((BaseServiceException) e).isRetryable();
        if (!passing || attempt == ATTEMPTS) {
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
}

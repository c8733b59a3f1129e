package io.reel2sop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.storage.StorageException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Only what may pass is tried again. */
class RetriesTest {

  @Test
  void aServiceHiccupOrATimeoutIsTriedAgainUntilItPasses() throws IOException {
    for (Exception passing : List.of(new StorageException(503, "unavailable"), new StorageException(429, "slow down"),
        new SocketTimeoutException("read timed out"))) {
      AtomicInteger attempts = new AtomicInteger();
      String result = Retries.run("reading", () -> {
        if (attempts.incrementAndGet() < 3) {
          throwIt(passing);
        }
        return "done";
      });
      assertEquals("done", result);
      assertEquals(3, attempts.get(), passing.toString());
    }
  }

  @Test
  void notFoundAndAccessDeniedAreReportedAtOnce() {
    for (Exception lasting : List.of(new StorageException(404, "no such object"), new StorageException(403, "forbidden"),
        new StorageException(412, "precondition failed"), new NoSuchFileException("gs://b/a.mp4"),
        new AccessDeniedException("/out/sop.json"))) {
      AtomicInteger attempts = new AtomicInteger();
      IOException e = assertThrows(IOException.class, () -> Retries.run("reading a", () -> {
        attempts.incrementAndGet();
        throwIt(lasting);
        return null;
      }));
      assertEquals(1, attempts.get(), lasting.toString());
      assertTrue(e.getMessage().startsWith("reading a failed after 1 attempt(s)"), e.getMessage());
    }
  }

  @Test
  void aFailureThatKeepsComingIsGivenUpAfterFourAttempts() {
    AtomicInteger attempts = new AtomicInteger();
    IOException e = assertThrows(IOException.class, () -> Retries.run("uploading b", () -> {
      attempts.incrementAndGet();
      throw new StorageException(500, "internal error");
    }));
    assertEquals(Retries.ATTEMPTS, attempts.get());
    assertTrue(e.getMessage().contains("failed after 4 attempt(s)"), e.getMessage());
  }

  private static void throwIt(Exception failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    }
    throw (RuntimeException) failure;
  }
}

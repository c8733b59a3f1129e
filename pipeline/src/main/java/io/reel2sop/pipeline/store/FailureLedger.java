package io.reel2sop.pipeline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reel2sop.storage.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Remembers which recordings failed, on what content and settings, so a nightly rerun does not
 * retry a broken file that has not changed ({@code --reprocess=failed} does). One small JSON file
 * per recording in the output's {@link SopLayout#FAILURES} folder, written atomically.
 */
public final class FailureLedger {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One remembered failure. */
  public record Entry(SopVersion version, String reason, String at) {}

  private final Path folder;

  FailureLedger(Path folder) {
    this.folder = folder;
  }

  /**
   * Remembers that {@code id} failed on {@code version}. A failure already remembered for that same
   * version (its settings hash one of {@code sameSettings}) keeps its first reason and time.
   */
  public void remember(String id, SopVersion version, Collection<String> sameSettings, String reason)
      throws IOException {
    if (find(id).filter(e -> version.staleReason(e.version(), sameSettings) == null).isEmpty()) {
      AtomicWrite.write(file(id), JSON.writeValueAsBytes(new Entry(version, reason, Instant.now().toString())));
    }
  }

  public void forget(String id) throws IOException {
    Files.deleteIfExists(file(id));
  }

  /** The remembered failure of {@code id}; an unreadable entry counts as none (it is retried). */
  public Optional<Entry> find(String id) {
    Path file = file(id);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(file), Entry.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Path file(String id) {
    return folder.resolve(id + ".json");
  }
}

package io.reel2sop.pipeline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reel2sop.storage.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which recordings failed, on what content and settings, so a nightly rerun does not
 * retry a broken file that has not changed ({@code --reprocess=failed} does). One small JSON file
 * per recording under {@code <output>/.reel2sop/failures/}, written atomically.
 */
public final class FailureLedger {
  static final String FOLDER = ".reel2sop/failures";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One remembered failure. */
  public record Entry(SopVersion version, String reason, String at) {}

  private final Path folder;

  public FailureLedger(Path outputRoot) {
    this.folder = outputRoot.resolve(FOLDER);
  }

  public void record(String id, SopVersion version, String reason) throws IOException {
    AtomicWrite.write(file(id), JSON.writeValueAsBytes(new Entry(version, reason, Instant.now().toString())));
  }

  public void clear(String id) throws IOException {
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

package io.reel2sop.pipeline;

import io.reel2sop.files.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes each SOP folder under a hidden staging name and publishes it with one atomic rename, so a
 * reader sees a complete SOP or none. A previous SOP of the same recording is swapped out and removed.
 */
public final class SopFolderWriter {
  static final String STAGING = ".reel2sop-staging";

  private final Path root;

  public SopFolderWriter(Path root) {
    this.root = root;
  }

  public Path stage(String id) throws IOException {
    Path staging = root.resolve(STAGING);
    Files.createDirectories(staging);
    return Files.createDirectory(staging.resolve(id + "-" + UUID.randomUUID()));
  }

  public static void writeText(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Moves the staged folder to {@code root/id}; returns the published folder. */
  public Path publish(Path staged, String id) throws IOException {
    Path target = root.resolve(id);
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      Path old = root.resolve(STAGING).resolve(id + "-replaced-" + UUID.randomUUID());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      FileTrees.delete(old);
    } else {
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }
    return target;
  }

  public void discard(Path staged) {
    try {
      FileTrees.delete(staged);
    } catch (IOException ignored) {
      // Staging folders are hidden and swept at the start of the next run.
    }
  }

  /** Removes what an interrupted earlier run left in staging; call before a run starts. */
  public void sweepStaging() throws IOException {
    FileTrees.delete(root.resolve(STAGING));
  }

  /** Removes the staging folder once a run is over and nothing is left in it. */
  public void removeStagingIfEmpty() {
    try {
      Files.deleteIfExists(root.resolve(STAGING));
    } catch (IOException notEmptyOrBusy) {
      // Another run is still writing there; it is hidden and swept by the next run.
    }
  }

}

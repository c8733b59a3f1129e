package io.reel2sop.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a small file so a reader sees the old content or the new, never a part: locally through a
 * temporary sibling and a rename; in a bucket an object is only visible once its upload completes.
 */
public final class AtomicWrite {
  private AtomicWrite() {}

  public static void write(Path target, byte[] content) throws IOException {
    if (Locations.inBucket(target)) {
      Files.write(target, content);
      return;
    }
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.write(temp, content);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}

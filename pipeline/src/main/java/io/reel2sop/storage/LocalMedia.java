package io.reel2sop.storage;

import io.reel2sop.files.FileTrees;
import io.reel2sop.media.UnusableRecordingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * FFmpeg reads local files only: a recording in a bucket is downloaded once per worker process into
 * a scratch folder, shared by the chunk tasks that decode it, and removed when its SOP is done. The
 * chunks of one recording may run on several workers, and only the one that finishes the SOP
 * removes its copy, so each worker also keeps no more than {@link #MAX_COPIES} copies: the least
 * recently used go first.
 */
public final class LocalMedia {
  private static final Path SCRATCH = Path.of(System.getProperty("java.io.tmpdir"), "reel2sop-media");
  private static final int MAX_COPIES = 8;
  private static final Map<Path, Long> LAST_USE = new LinkedHashMap<>(16, 0.75f, true);

  private LocalMedia() {}

  /** A local file with the recording's content: the file itself when it is already local. */
  public static Path of(String location) throws IOException {
    Path source = Locations.path(location);
    if (Locations.isLocal(source)) {
      return source;
    }
    Path local = copyFor(location);
    synchronized (LocalMedia.class) {
      LAST_USE.put(local, System.nanoTime());
      evictBeyondLimit();
      if (!Files.isRegularFile(local)) {
        Files.createDirectories(SCRATCH);
        Path partial = SCRATCH.resolve(local.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
          Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
          Files.move(partial, local, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
          throw new UnusableRecordingException("file not found in the bucket");
        } finally {
          Files.deleteIfExists(partial);
        }
      }
    }
    return local;
  }

  /** Removes the downloaded copy of a bucket recording, if any. */
  public static void release(String location) throws IOException {
    if (Locations.isBucket(location)) {
      synchronized (LocalMedia.class) {
        LAST_USE.remove(copyFor(location));
        FileTrees.delete(copyFor(location));
      }
    }
  }

  private static void evictBeyondLimit() throws IOException {
    Iterator<Path> oldestFirst = LAST_USE.keySet().iterator();
    while (LAST_USE.size() > MAX_COPIES) {
      Path evicted = oldestFirst.next();
      oldestFirst.remove();
      FileTrees.delete(evicted);
    }
  }

  private static Path copyFor(String location) {
    String name = Locations.path(location).getFileName().toString();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(location.getBytes(StandardCharsets.UTF_8));
      return SCRATCH.resolve(HexFormat.of().formatHex(digest, 0, 12) + extension);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

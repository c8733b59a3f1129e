package io.reel2sop.storage;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * Where recordings and SOPs live: a local path or a {@code gs://bucket/key} object, both as
 * {@link Path}s (Google's NIO provider serves the {@code gs} scheme), so discovery, fingerprints,
 * the report and the ledger work the same on both. Locations travel between stages as strings:
 * local paths as they are, bucket objects as {@code gs://} URIs.
 */
public final class Locations {
  private static final String GS = "gs://";

  private Locations() {}

  public static boolean isBucket(String location) {
    return location.startsWith(GS);
  }

  public static Path path(String location) {
    if (!isBucket(location)) {
      return Path.of(location);
    }
    String rest = location.substring(GS.length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String key = slash < 0 ? "/" : rest.substring(slash);
    if (bucket.isEmpty()) {
      throw new IllegalArgumentException(location + ": no bucket name");
    }
    // Built from the bucket rather than looked up by URI scheme: a cluster's user-code class loader
    // does not always see the installed NIO providers.
    return GcsStorage.fileSystem(bucket).getPath(key);
  }

  /** The string form {@link #path} reads back. */
  public static String of(Path path) {
    return isLocal(path) ? path.toString() : path.toUri().toString();
  }

  public static boolean isLocal(Path path) {
    return path.getFileSystem() == FileSystems.getDefault();
  }

  /** The bucket and object name of a {@code gs} path. */
  static BucketObject object(Path path) {
    URI uri = path.toUri();
    String key = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
    return new BucketObject(uri.getAuthority(), key);
  }

  /** A bucket and an object name within it. */
  record BucketObject(String bucket, String name) {}
}

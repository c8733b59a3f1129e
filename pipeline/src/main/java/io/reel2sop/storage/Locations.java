package io.reel2sop.storage;

import com.google.cloud.storage.contrib.nio.CloudStorageFileSystem;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where recordings and SOPs live: a local path or a {@code gs://bucket/key} object, both as
 * {@link Path}s (Google's NIO provider serves the {@code gs} scheme), so discovery, fingerprints,
 * the report and the ledger work the same on both. Locations travel between stages as strings:
 * local paths as they are, other file systems' paths as their URIs ({@code gs://…}, or
 * {@code jimfs://…} for the tests' in-memory outputs).
 */
public final class Locations {
  private static final String GS = "gs://";
  /** A URI of a file system other than the local one and Google's (an installed NIO provider). */
  private static final Pattern OTHER_FILE_SYSTEM = Pattern.compile("(?!file:)[a-z][a-z0-9+.-]*://.*");

  private Locations() {}

  public static boolean isBucket(String location) {
    return location.startsWith(GS);
  }

  public static Path path(String location) {
    if (!isBucket(location)) {
      return OTHER_FILE_SYSTEM.matcher(location).matches() ? Path.of(URI.create(location)) : Path.of(location);
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

  /** Whether {@code path} is an object in a bucket, where nothing can be renamed. */
  public static boolean inBucket(Path path) {
    return path.getFileSystem() instanceof CloudStorageFileSystem;
  }

  /** The bucket and object name of a {@code gs} path. */
  public static BucketObject object(Path path) {
    URI uri = path.toUri();
    String key = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
    return new BucketObject(uri.getAuthority(), key);
  }

  /** A bucket and an object name within it. */
  public record BucketObject(String bucket, String name) {}
}

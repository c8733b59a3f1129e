package io.reel2sop.pipeline.store;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The tests' in-memory store: a {@link FolderSopStore} on an in-memory file system (Jimfs), so a
 * whole job publishes, versions and remembers failures exactly as into a local folder, without a
 * disk. The store names its root by URI, which any worker in this JVM resolves to the same file
 * system; {@link #close()} drops it.
 */
public final class InMemoryOutput implements AutoCloseable {
  private final FileSystem fileSystem;
  private final Path root;

  public InMemoryOutput() throws IOException {
    fileSystem = Jimfs.newFileSystem("reel2sop-" + UUID.randomUUID(), Configuration.unix());
    root = Files.createDirectories(fileSystem.getPath("/sops"));
  }

  public SopStore store() {
    return new FolderSopStore(root.toUri().toString());
  }

  /** A file or folder of the output, to look at or to put there before a run. */
  public Path path(String relative) {
    return root.resolve(relative);
  }

  /** Everything under the output's root, relative to it, sorted. */
  public List<String> files() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Override
  public void close() throws IOException {
    fileSystem.close();
  }
}

package io.reel2sop.pipeline.store;

import io.reel2sop.storage.Locations;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output folder: two runs publishing into the same SOP folders (a nightly job
 * that overlaps the previous night's) would redo work and race on the same files. The lock is an OS
 * file lock, so it is released when the process ends, however it ends; {@code lock} is null where
 * there is none.
 */
record OutputLock(FileLock lock) implements Closeable {

  /** Locks a folder on the local disk; other file systems have no such lock. */
  static OutputLock acquire(Path outputRoot) throws IOException {
    if (!Locations.isLocal(outputRoot)) {
      return new OutputLock(null);
    }
    Path file = outputRoot.resolve(SopLayout.RUN_LOCK);
    Files.createDirectories(file.getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException held) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IOException("another reel2sop run is writing to " + outputRoot + "; wait for it to end");
    }
    return new OutputLock(lock);
  }

  @Override
  public void close() throws IOException {
    if (lock != null) {
      lock.release();
      lock.channel().close();
    }
  }
}

package io.reel2sop.pipeline.store;

import io.reel2sop.storage.Locations;
import java.nio.file.Path;

/** The store an {@code --output} names: {@code gs://bucket/prefix} a bucket, anything else a folder. */
public final class SopStores {
  private SopStores() {}

  public static SopStore forOutput(String output) {
    if (Locations.isBucket(output)) {
      return new BucketSopStore(Locations.of(Locations.path(output)));
    }
    Path folder = Locations.path(output);
    return new FolderSopStore(Locations.of(Locations.isLocal(folder) ? folder.toAbsolutePath().normalize() : folder));
  }
}

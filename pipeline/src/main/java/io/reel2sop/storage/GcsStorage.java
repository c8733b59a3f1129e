package io.reel2sop.storage;

import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import com.google.cloud.storage.contrib.nio.CloudStorageConfiguration;
import com.google.cloud.storage.contrib.nio.CloudStorageFileSystem;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Google Cloud Storage client of this process. It uses Application Default Credentials (the
 * usual {@code gcloud auth application-default login}, a service account key named by
 * {@code GOOGLE_APPLICATION_CREDENTIALS}, or the metadata server); credentials are never logged.
 * Tests swap in Google's in-memory storage with {@link #use(StorageOptions)}.
 */
public final class GcsStorage {
  private static StorageOptions options;
  private static Storage service;
  private static final Map<String, CloudStorageFileSystem> FILE_SYSTEMS = new ConcurrentHashMap<>();

  private GcsStorage() {}

  /** Makes every {@code gs://} path and client of this process use these options. */
  public static synchronized void use(StorageOptions testOptions) {
    options = testOptions;
    service = null;
    FILE_SYSTEMS.clear();
  }

  /** As {@link #use(StorageOptions)}, with a client of the test's own (one that fails on purpose). */
  public static synchronized void use(StorageOptions testOptions, Storage client) {
    use(testOptions);
    service = client;
  }

  static CloudStorageFileSystem fileSystem(String bucket) {
    return FILE_SYSTEMS.computeIfAbsent(
        bucket, b -> CloudStorageFileSystem.forBucket(b, CloudStorageConfiguration.DEFAULT, options()));
  }

  public static synchronized Storage service() {
    if (service == null) {
      service = options().getService();
    }
    return service;
  }

  private static synchronized StorageOptions options() {
    if (options == null) {
      options = StorageOptions.getDefaultInstance();
    }
    return options;
  }
}

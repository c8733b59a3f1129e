package io.reel2sop.storage;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Publishes a SOP into a bucket, where there is no atomic folder rename. Each version is uploaded
 * whole to its own immutable folder {@code <id>/versions/<n>/}; then the stable files at
 * {@code <id>/} are replaced, {@code sop.json} last and only if nobody replaced it meanwhile
 * (a generation precondition). The stable pages show the images of their version folder, so a
 * reader sees the old SOP or the new one, never a mix, and every earlier version stays readable.
 */
public final class BucketSopPublisher {
  public static final String VERSIONS = "versions";
  static final String COMPLETE_MARKER = ".complete";
  static final String CONTRACT_FILE = "sop.json";

  private final Storage storage;
  private final Locations.BucketObject root;

  public BucketSopPublisher(Path outputRoot) {
    this(outputRoot, GcsStorage.service());
  }

  BucketSopPublisher(Path outputRoot, Storage storage) {
    this.storage = storage;
    this.root = Locations.object(outputRoot);
  }

  /**
   * Uploads the SOP staged in a local folder as the next version of {@code id}, then its stable
   * files: {@code stableFiles} gives their contents for a version folder prefix such as
   * {@code "versions/3/"}. Returns the version number.
   */
  public int publish(Path staged, String id, Function<String, Map<String, String>> stableFiles) throws IOException {
    String folder = prefix(id);
    Blob current = Retries.run("reading " + folder + CONTRACT_FILE, () -> storage.get(blob(folder + CONTRACT_FILE)));
    int version = nextVersion(folder);
    String versionFolder = folder + VERSIONS + "/" + version + "/";
    for (Path file : files(staged)) {
      String name = versionFolder + staged.relativize(file).toString().replace('\\', '/');
      upload(name, Files.readAllBytes(file), Storage.BlobTargetOption.doesNotExist());
    }
    upload(versionFolder + COMPLETE_MARKER, id.getBytes(StandardCharsets.UTF_8), Storage.BlobTargetOption.doesNotExist());

    Map<String, String> stable = stableFiles.apply(VERSIONS + "/" + version + "/");
    for (Map.Entry<String, String> file : stable.entrySet()) {
      if (!file.getKey().equals(CONTRACT_FILE)) {
        upload(folder + file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] contract = stable.get(CONTRACT_FILE).getBytes(StandardCharsets.UTF_8);
    // GCS gives every object a generation; an in-memory test bucket may not, and then has no precondition.
    Storage.BlobTargetOption[] unchanged =
        current == null
            ? new Storage.BlobTargetOption[] {Storage.BlobTargetOption.doesNotExist()}
            : current.getGeneration() == null
                ? new Storage.BlobTargetOption[0]
                : new Storage.BlobTargetOption[] {Storage.BlobTargetOption.generationMatch(current.getGeneration())};
    BlobInfo target = BlobInfo.newBuilder(blob(folder + CONTRACT_FILE)).build();
    try {
      Retries.run("uploading " + folder + CONTRACT_FILE, () -> storage.create(target, contract, unchanged));
    } catch (IOException e) {
      if (e.getCause() instanceof StorageException s && s.getCode() == 412) {
        throw new IOException(folder + CONTRACT_FILE + " was replaced by another run while this one wrote it", e);
      }
      throw e;
    }
    return version;
  }

  private void upload(String name, byte[] content, Storage.BlobTargetOption... options) throws IOException {
    Retries.run("uploading gs://" + root.bucket() + "/" + name, () -> {
      try {
        return storage.create(BlobInfo.newBuilder(blob(name)).build(), content, options);
      } catch (StorageException e) {
        if (e.getCode() == 412) {
          return storage.get(blob(name)); // already uploaded by an earlier attempt: immutable, so the same
        }
        throw e;
      }
    });
  }

  private int nextVersion(String folder) throws IOException {
    String versions = folder + VERSIONS + "/";
    int highest = 0;
    Iterable<Blob> listed =
        Retries.run("listing " + versions, () -> storage.list(
            root.bucket(), Storage.BlobListOption.prefix(versions), Storage.BlobListOption.currentDirectory())
            .iterateAll());
    for (Blob blob : listed) {
      String rest = blob.getName().substring(versions.length()).replaceAll("/$", "");
      if (rest.matches("\\d{1,9}")) {
        highest = Math.max(highest, Integer.parseInt(rest));
      }
    }
    return highest + 1;
  }

  private String prefix(String id) {
    String base = root.name().isEmpty() || root.name().endsWith("/") ? root.name() : root.name() + "/";
    return base + id + "/";
  }

  private BlobId blob(String name) {
    return BlobId.of(root.bucket(), name);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}

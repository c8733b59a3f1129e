package io.reel2sop.pipeline.store;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageException;
import io.reel2sop.files.FileTrees;
import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.render.ChangesJson;
import io.reel2sop.render.SopFiles;
import io.reel2sop.render.SopJson;
import io.reel2sop.storage.GcsStorage;
import io.reel2sop.storage.Locations;
import io.reel2sop.storage.Retries;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SOPs in a bucket, where there is no atomic folder rename. A SOP is staged as the next immutable
 * version folder {@code <id>/versions/<n>/} (its texts first, then its screenshots from whichever
 * workers take them); publishing adds its PDF, marks it {@code .complete} and replaces the stable files at
 * {@code <id>/}, {@code sop.json} last and only if nobody replaced it meanwhile (a generation
 * precondition). The stable pages show the images of their version folder, so a reader sees the old
 * SOP or the new one, never a mix, and every earlier version stays readable. A version folder
 * without {@code .complete} was never made current (a failed or interrupted SOP).
 *
 * <p>There is no run lock in a bucket: one scheduled run per output prefix.
 */
public final class BucketSopStore extends PathSopStore {

  /** {@code root}: {@code gs://bucket/prefix}. */
  public BucketSopStore(String root) {
    super(root);
  }

  @Override
  public Closeable lockForRun() {
    return () -> {};
  }

  /** Writes and removes a small file (a bucket has no folders to create). */
  @Override
  public void checkWritable() throws IOException {
    Path probe = root().resolve(SopLayout.STATE + "/preflight-" + UUID.randomUUID());
    Files.write(probe, new byte[] {'o', 'k'});
    Files.delete(probe);
  }

  /** Nothing to finish: a version folder is only made current by a publish that ran to its end. */
  @Override
  public List<String> recover() {
    return List.of();
  }

  /** The recording's next version folder. */
  @Override
  StagedSop newStaged(String id) throws IOException {
    return new StagedSop(id, "gs://" + bucket() + "/" + prefix(id) + SopLayout.VERSIONS + "/" + nextVersion(id) + "/");
  }

  /** An object of the version folder, uploaded once (the folder is immutable). */
  @Override
  void writeStaged(StagedSop staged, String file, byte[] content) throws IOException {
    upload(versionFolder(staged) + file, content);
  }

  /** The camera writes to a scratch folder of this worker; each shot is then uploaded into the version folder. */
  @Override
  public void putScreenshots(StagedSop staged, List<Screenshot> shots, Camera camera) throws IOException {
    Path scratch = Files.createTempDirectory("reel2sop-shots-");
    try {
      camera.take(shots.stream().map(s -> new ScreenshotGrabber.Shot(s.time(), scratch.resolve(s.path()))).toList());
      for (Screenshot shot : shots) {
        writeStaged(staged, shot.path(), Files.readAllBytes(scratch.resolve(shot.path())));
      }
    } finally {
      FileTrees.delete(scratch);
    }
  }

  @Override
  public void publish(StagedSop staged) throws IOException {
    String folder = prefix(staged.id());
    String versionFolder = versionFolder(staged);
    Storage storage = GcsStorage.service();
    Blob current = Retries.run("reading " + folder + SopLayout.CONTRACT,
        () -> storage.get(blob(folder + SopLayout.CONTRACT)));
    SopDocument sop = SopJson.read(new String(read(storage, versionFolder + SopLayout.CONTRACT), StandardCharsets.UTF_8));
    byte[] pdf = stagePdf(staged);
    upload(versionFolder + SopLayout.COMPLETE_MARKER, staged.id().getBytes(StandardCharsets.UTF_8));

    String versionPrefix = versionFolder.substring(folder.length());
    byte[] changes = read(storage, versionFolder + SopFiles.CHANGES);
    Map<String, String> stable = SopFiles.texts(SopFiles.withImagesUnder(sop, versionPrefix),
        changes == null ? null : ChangesJson.read(new String(changes, StandardCharsets.UTF_8)));
    for (Map.Entry<String, String> file : stable.entrySet()) {
      if (!file.getKey().equals(SopLayout.CONTRACT)) {
        replace(folder + file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    for (String revision : List.of(SopFiles.GENERATED, SopFiles.CHANGES, SopFiles.CHANGES_PAGE)) {
      byte[] content = read(storage, versionFolder + revision);
      if (content != null) {
        replace(folder + revision, content);
      } else {
        Retries.run("deleting " + folder + revision, () -> storage.delete(blob(folder + revision)));
      }
    }
    replace(folder + SopLayout.PDF, pdf);
    byte[] contract = stable.get(SopLayout.CONTRACT).getBytes(StandardCharsets.UTF_8);
    // GCS gives every object a generation; an in-memory test bucket may not, and then has no precondition.
    Storage.BlobTargetOption[] unchanged =
        current == null
            ? new Storage.BlobTargetOption[] {Storage.BlobTargetOption.doesNotExist()}
            : current.getGeneration() == null
                ? new Storage.BlobTargetOption[0]
                : new Storage.BlobTargetOption[] {Storage.BlobTargetOption.generationMatch(current.getGeneration())};
    BlobInfo target = BlobInfo.newBuilder(blob(folder + SopLayout.CONTRACT)).build();
    try {
      Retries.run("uploading " + folder + SopLayout.CONTRACT, () -> storage.create(target, contract, unchanged));
    } catch (IOException e) {
      if (e.getCause() instanceof StorageException s && s.getCode() == 412) {
        throw new IOException(folder + SopLayout.CONTRACT + " was replaced by another run while this one wrote it", e);
      }
      throw e;
    }
  }

  /** Deletes what the version folder holds; what is left over is a version folder never made current. */
  @Override
  public void discard(StagedSop staged) {
    Storage storage = GcsStorage.service();
    try {
      Iterable<Blob> written = Retries.run("listing " + staged.location(),
          () -> storage.list(bucket(), Storage.BlobListOption.prefix(versionFolder(staged))).iterateAll());
      for (Blob blob : written) {
        storage.delete(blob.getBlobId());
      }
    } catch (IOException | RuntimeException e) {
      // left as a version folder without .complete
    }
  }

  /** An object's bytes, or null when there is no such object. */
  private byte[] read(Storage storage, String name) throws IOException {
    Blob blob = Retries.run("reading gs://" + bucket() + "/" + name, () -> storage.get(blob(name)));
    return blob == null ? null : Retries.run("reading gs://" + bucket() + "/" + name, blob::getContent);
  }

  /** A new object; one that exists already was uploaded by an earlier attempt of this same call. */
  private void upload(String name, byte[] content) throws IOException {
    Storage storage = GcsStorage.service();
    Retries.run("uploading gs://" + bucket() + "/" + name, () -> {
      try {
        return storage.create(BlobInfo.newBuilder(blob(name)).build(), content, Storage.BlobTargetOption.doesNotExist());
      } catch (StorageException e) {
        if (e.getCode() == 412) {
          return storage.get(blob(name)); // already uploaded by an earlier attempt: immutable, so the same
        }
        throw e;
      }
    });
  }

  private void replace(String name, byte[] content) throws IOException {
    Storage storage = GcsStorage.service();
    Retries.run("uploading gs://" + bucket() + "/" + name,
        () -> storage.create(BlobInfo.newBuilder(blob(name)).build(), content));
  }

  private int nextVersion(String id) throws IOException {
    String versions = prefix(id) + SopLayout.VERSIONS + "/";
    Iterable<Blob> listed =
        Retries.run("listing " + versions, () -> GcsStorage.service().list(
            bucket(), Storage.BlobListOption.prefix(versions), Storage.BlobListOption.currentDirectory())
            .iterateAll());
    int highest = 0;
    for (Blob blob : listed) {
      String rest = blob.getName().substring(versions.length()).replaceAll("/$", "");
      if (rest.matches("\\d{1,9}")) {
        highest = Math.max(highest, Integer.parseInt(rest));
      }
    }
    return highest + 1;
  }

  /** The object name prefix of the version folder a SOP is staged in. */
  private String versionFolder(StagedSop staged) {
    return staged.location().substring(("gs://" + bucket() + "/").length());
  }

  /** The object name prefix of a recording's SOP folder. */
  private String prefix(String id) {
    String name = object().name();
    String base = name.isEmpty() || name.endsWith("/") ? name : name + "/";
    return base + id + "/";
  }

  private String bucket() {
    return object().bucket();
  }

  private Locations.BucketObject object() {
    return Locations.object(root());
  }

  private BlobId blob(String name) {
    return BlobId.of(bucket(), name);
  }
}

package io.reel2sop.pipeline.store;

import io.reel2sop.edit.EditsFile;
import io.reel2sop.files.FileTrees;
import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.Screenshot;
import io.reel2sop.render.SopJson;
import io.reel2sop.storage.Locations;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * SOPs in a folder of a file system with atomic renames: the local disk, or an in-memory file
 * system in tests. Each SOP folder is written under a hidden staging name and published with
 * atomic renames, so a reader sees a complete SOP or none. The SOP it replaces moves into the new
 * one's {@code versions/<n>/} (1 is the oldest), so the current SOP keeps its path and history.
 *
 * <p>A staged folder gets a {@code .complete} marker (holding its recording id) once every file is
 * written. If the process dies during a publish, {@link #recover()} finishes it from the marker
 * (unless a newer SOP was published since); staged folders without one are half-written and are
 * deleted. Staging is under the output root, where every worker can write, so the workers that
 * take a SOP's screenshots and the one that publishes it need not be the one that staged it.
 */
public final class FolderSopStore extends PathSopStore {

  /** {@code root}: a local folder, or the URI of a folder on another file system with atomic renames. */
  public FolderSopStore(String root) {
    super(root);
  }

  @Override
  public Closeable lockForRun() throws IOException {
    return OutputLock.acquire(root());
  }

  @Override
  public List<String> recover() throws IOException {
    Path staging = root().resolve(SopLayout.STAGING);
    if (!Files.isDirectory(staging)) {
      return List.of();
    }
    List<String> finished = new ArrayList<>();
    for (Path staged : children(staging)) {
      Path marker = staged.resolve(SopLayout.COMPLETE_MARKER);
      String id = Files.isRegularFile(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : null;
      if (id != null && !supersededBy(root().resolve(id), staged)) {
        finishPublish(staged, id);
        finished.add(id);
      } else {
        FileTrees.delete(staged);
      }
    }
    removeStagingIfEmpty();
    return finished;
  }

  /** A new folder under the hidden staging folder of the output. */
  @Override
  StagedSop newStaged(String id) throws IOException {
    Path staging = root().resolve(SopLayout.STAGING);
    Files.createDirectories(staging);
    return new StagedSop(id, Locations.of(Files.createDirectory(staging.resolve(id + "-" + UUID.randomUUID()))));
  }

  @Override
  void writeStaged(StagedSop staged, String file, byte[] content) throws IOException {
    Path target = folder(staged).resolve(file);
    Files.createDirectories(target.getParent());
    Files.write(target, content);
  }

  @Override
  public void putScreenshots(StagedSop staged, List<Screenshot> shots, Camera camera) throws IOException {
    Path folder = folder(staged);
    camera.take(shots.stream().map(s -> new ScreenshotGrabber.Shot(s.time(), folder.resolve(s.path()))).toList());
  }

  /**
   * Adds the PDF, marks the staged folder complete and publishes it as {@code root/id}. The staged folder is gone
   * afterwards, published or dropped.
   */
  @Override
  public void publish(StagedSop staged) throws IOException {
    Path folder = folder(staged);
    try {
      stagePdf(staged);
      Path marker = folder.resolve(SopLayout.COMPLETE_MARKER);
      Path temp = folder.resolve(SopLayout.COMPLETE_MARKER + ".tmp");
      Files.writeString(temp, staged.id(), StandardCharsets.UTF_8);
      Files.move(temp, marker, StandardCopyOption.ATOMIC_MOVE);
      finishPublish(folder, staged.id());
    } finally {
      discard(staged);
    }
  }

  @Override
  public void discard(StagedSop staged) {
    try {
      FileTrees.delete(folder(staged));
    } catch (IOException ignored) {
      // Staging folders are hidden and cleaned up by the next run's recover().
    }
  }

  private static Path folder(StagedSop staged) {
    return Locations.path(staged.location());
  }

  /**
   * Every step is a rename and can be repeated after a crash: the reviewer's edits are copied into
   * the staged folder (they belong to the recording, not to one version; the previous version keeps
   * its copy), the previous SOP's history moves into the staged folder, then the previous SOP itself
   * as the next version, then the staged folder takes the stable path.
   */
  private void finishPublish(Path staged, String id) throws IOException {
    Path target = root().resolve(id);
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      keepEdits(target, staged);
      Path history = staged.resolve(SopLayout.VERSIONS);
      Path oldHistory = target.resolve(SopLayout.VERSIONS);
      if (Files.isDirectory(oldHistory)) {
        if (!Files.exists(history)) {
          Files.move(oldHistory, history, StandardCopyOption.ATOMIC_MOVE);
        } else {
          for (Path version : children(oldHistory)) {
            Files.move(version, history.resolve(version.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
          }
          Files.delete(oldHistory);
        }
      }
      Files.createDirectories(history);
      Files.move(target, history.resolve(Integer.toString(nextVersion(history))), StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Copies the reviewer's edits file of the published SOP into the staged one, whole or not at all. */
  private static void keepEdits(Path published, Path staged) throws IOException {
    Path edits = published.resolve(EditsFile.NAME);
    if (Files.isRegularFile(edits)) {
      Path temp = staged.resolve(EditsFile.NAME + ".tmp");
      Files.copy(edits, temp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temp, staged.resolve(EditsFile.NAME), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes the staging folder once nothing is left in it. */
  private void removeStagingIfEmpty() {
    try {
      Files.deleteIfExists(root().resolve(SopLayout.STAGING));
    } catch (IOException notEmptyOrBusy) {
      // Something is still staged; recover() deals with it on the next run.
    }
  }

  /**
   * Whether the published SOP is newer than a staged one left behind (a worker that died while
   * publishing, after which its recording was made again): then the staged one is dropped.
   */
  private static boolean supersededBy(Path published, Path staged) {
    try {
      String current = createdAt(published);
      return current != null && current.compareTo(createdAt(staged)) >= 0;
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  private static String createdAt(Path folder) throws IOException {
    Path json = folder.resolve(SopLayout.CONTRACT);
    return Files.isRegularFile(json) ? SopJson.read(Files.readString(json)).producedBy().createdAt() : null;
  }

  private static int nextVersion(Path history) throws IOException {
    int highest = 0;
    for (Path version : children(history)) {
      String name = version.getFileName().toString();
      if (name.matches("\\d{1,9}")) {
        highest = Math.max(highest, Integer.parseInt(name));
      }
    }
    return highest + 1;
  }

  private static List<Path> children(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    }
  }
}

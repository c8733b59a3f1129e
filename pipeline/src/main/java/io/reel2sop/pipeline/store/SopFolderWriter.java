package io.reel2sop.pipeline.store;

import io.reel2sop.files.FileTrees;
import io.reel2sop.render.SopFiles;
import io.reel2sop.render.SopJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes each SOP folder under a hidden staging name and publishes it with atomic renames, so a
 * reader sees a complete SOP or none. The SOP it replaces moves into the new one's
 * {@code versions/<n>/} (1 is the oldest), so the current SOP keeps its path and history.
 *
 * <p>A staged folder gets a {@code .complete} marker (holding its recording id) once every file is
 * written. If the process dies during a publish, {@link #recover()} finishes it from the marker
 * (unless a newer SOP was published since); staged folders without one are half-written and are
 * deleted.
 */
public final class SopFolderWriter {
  public static final String STAGING = ".reel2sop-staging";
  static final String VERSIONS = "versions";
  public static final String COMPLETE_MARKER = ".complete";

  private final Path root;

  public SopFolderWriter(Path root) {
    this.root = root;
  }

  public Path stage(String id) throws IOException {
    Path staging = root.resolve(STAGING);
    Files.createDirectories(staging);
    return Files.createDirectory(staging.resolve(id + "-" + UUID.randomUUID()));
  }

  public static void writeText(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Marks the staged folder complete and publishes it as {@code root/id}; returns that folder. */
  public Path publish(Path staged, String id) throws IOException {
    Path marker = staged.resolve(COMPLETE_MARKER);
    Path temp = staged.resolve(COMPLETE_MARKER + ".tmp");
    Files.writeString(temp, id, StandardCharsets.UTF_8);
    Files.move(temp, marker, StandardCopyOption.ATOMIC_MOVE);
    return finishPublish(staged, id);
  }

  /**
   * Every step is a rename and can be repeated after a crash: the previous SOP's history moves into
   * the staged folder, then the previous SOP itself as the next version, then the staged folder
   * takes the stable path.
   */
  private Path finishPublish(Path staged, String id) throws IOException {
    Path target = root.resolve(id);
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      Path history = staged.resolve(VERSIONS);
      Path oldHistory = target.resolve(VERSIONS);
      if (Files.isDirectory(oldHistory)) {
        if (!Files.exists(history)) {
          Files.move(oldHistory, history, StandardCopyOption.ATOMIC_MOVE);
        } else {
          for (Path version : children(oldHistory)) {
            Files.move(version, history.resolve(version.getFileName()), StandardCopyOption.ATOMIC_MOVE);
          }
          Files.delete(oldHistory);
        }
      }
      Files.createDirectories(history);
      Files.move(target, history.resolve(Integer.toString(nextVersion(history))), StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  public void discard(Path staged) {
    try {
      FileTrees.delete(staged);
    } catch (IOException ignored) {
      // Staging folders are hidden and cleaned up by the next run's recover().
    }
  }

  /**
   * Before a run: finishes the publishes an interrupted run had started (their SOPs are complete)
   * and deletes what it left half-written. Returns the ids whose publish was finished.
   */
  public List<String> recover() throws IOException {
    Path staging = root.resolve(STAGING);
    if (!Files.isDirectory(staging)) {
      return List.of();
    }
    List<String> finished = new java.util.ArrayList<>();
    for (Path staged : children(staging)) {
      Path marker = staged.resolve(COMPLETE_MARKER);
      String id = Files.isRegularFile(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : null;
      if (id != null && !supersededBy(root.resolve(id), staged)) {
        finishPublish(staged, id);
        finished.add(id);
      } else {
        FileTrees.delete(staged);
      }
    }
    removeStagingIfEmpty();
    return finished;
  }

  /** Removes the staging folder once a run is over and nothing is left in it. */
  public void removeStagingIfEmpty() {
    try {
      Files.deleteIfExists(root.resolve(STAGING));
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
    Path json = folder.resolve(SopFiles.CONTRACT);
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

package io.reel2sop.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import io.reel2sop.model.SopChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SOPs published in an output folder: every visible sub-folder that holds a {@code sop.json}
 * (hidden ones, such as the staging folder, are passed over). A {@code sop.json} that cannot be
 * read is named in {@code unreadable} with the reason, and the rest of the library still indexes.
 */
public record LibraryScan(List<IndexEntry> entries, List<String> unreadable) {

  public LibraryScan {
    entries = List.copyOf(entries);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * The library with no SOP marked as changed.
   *
   * @throws IOException if the output folder itself cannot be listed
   */
  public static LibraryScan of(Path outputRoot) throws IOException {
    return of(outputRoot, null);
  }

  /**
   * The library, the SOPs changed since {@code changedSince} (an ISO-8601 instant: the run's start;
   * null for none) marked with what changed, from their {@code changes.json}.
   *
   * @throws IOException if the output folder itself cannot be listed
   */
  public static LibraryScan of(Path outputRoot, String changedSince) throws IOException {
    List<IndexEntry> entries = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(outputRoot, Files::isDirectory)) {
      for (Path folder : folders) {
        // a bucket's pseudo-folder names end in "/"
        String name = folder.getFileName().toString().replaceAll("/+$", "");
        Path json = folder.resolve("sop.json");
        if (name.startsWith(".") || !Files.isRegularFile(json)) {
          continue;
        }
        try {
          IndexEntry entry = IndexEntry.of(name, SopJson.read(Files.readString(json, StandardCharsets.UTF_8)));
          entries.add(changedSince == null ? entry : markedIfChanged(entry, folder, changedSince));
        } catch (IOException | RuntimeException e) {
          unreadable.add(name + "/sop.json: " + e.getMessage());
        }
      }
    }
    entries.sort(IndexEntry.ORDER);
    unreadable.sort(null);
    return new LibraryScan(entries, unreadable);
  }

  /** The entry marked when its {@code changes.json} shows a change made since {@code since}. */
  private static IndexEntry markedIfChanged(IndexEntry entry, Path folder, String since) throws IOException {
    Path file = folder.resolve(SopFiles.CHANGES);
    if (!Files.isRegularFile(file)) {
      return entry;
    }
    SopChanges changes = ChangesJson.read(Files.readString(file, StandardCharsets.UTF_8));
    if (changes.at() == null || Instant.parse(changes.at()).isBefore(Instant.parse(since)) || !changes.changed()) {
      return entry;
    }
    return entry.withChange(
        new IndexEntry.Change(changes.at(), changes.summary(), entry.sopPath() + "/" + SopFiles.CHANGES_PAGE));
  }
}

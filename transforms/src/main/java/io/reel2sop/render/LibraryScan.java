package io.reel2sop.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * @throws IOException if the output folder itself cannot be listed
   */
  public static LibraryScan of(Path outputRoot) throws IOException {
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
          entries.add(
              IndexEntry.of(name, SopJson.read(Files.readString(json, StandardCharsets.UTF_8))));
        } catch (IOException | RuntimeException e) {
          unreadable.add(name + "/sop.json: " + e.getMessage());
        }
      }
    }
    entries.sort(IndexEntry.ORDER);
    unreadable.sort(null);
    return new LibraryScan(entries, unreadable);
  }
}

package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryScanTest {

  @Test
  void indexesEveryPublishedSopAndNamesTheUnreadableOnes(@TempDir Path root) throws IOException {
    write(
        root.resolve("sales--new-lead/sop.json"),
        SopJson.write(LibrarySamples.sop("New lead", "hi")));
    write(root.resolve("archive/sop.json"), SopJson.write(LibrarySamples.sop("Archive", "bye")));
    write(
        root.resolve(".reel2sop-staging/x-1/sop.json"),
        SopJson.write(LibrarySamples.sop("Half", "a")));
    write(root.resolve(".hidden/sop.json"), SopJson.write(LibrarySamples.sop("Hidden", "a")));
    write(root.resolve("not-a-sop/notes.txt"), "notes");
    write(root.resolve("broken/sop.json"), "{\"title\": ");
    write(root.resolve("report.json"), "{}");

    LibraryScan scan = LibraryScan.of(root);

    assertEquals(
        List.of("archive", "sales--new-lead"),
        scan.entries().stream().map(IndexEntry::sopPath).toList());
    assertEquals("sales--new-lead/images/step-01.png", scan.entries().get(1).thumbnail());
    assertEquals(1, scan.unreadable().size());
    assertTrue(scan.unreadable().get(0).startsWith("broken/sop.json: "), scan.unreadable().get(0));
  }

  @Test
  void emptyFolderIsAnEmptyLibrary(@TempDir Path root) throws IOException {
    assertEquals(new LibraryScan(List.of(), List.of()), LibraryScan.of(root));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}

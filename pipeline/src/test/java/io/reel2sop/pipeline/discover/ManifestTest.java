package io.reel2sop.pipeline.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.RecordingMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path dir;

  @Test
  void csvWithQuotesTagsAndRelativePaths() throws IOException {
    Path manifest = dir.resolve("library.csv");
    Files.writeString(manifest, """
        Path,Title,Owner,Tags
        sales/lead.mp4,"New lead, the quick way",Ana,"crm; sales | onboarding"
        "other/say ""hi"".mp4",,,
        sales/lead.mp4,Duplicate,Bob,
        """);
    List<Manifest.Entry> entries = Manifest.read(manifest);
    assertEquals(2, entries.size(), "a recording listed twice is taken once");
    assertEquals(dir.resolve("sales/lead.mp4"), entries.get(0).file());
    assertEquals(
        new RecordingMetadata("New lead, the quick way", "Ana", List.of("crm", "sales", "onboarding")),
        entries.get(0).metadata());
    assertEquals(dir.resolve("other/say \"hi\".mp4"), entries.get(1).file());
    assertNull(entries.get(1).metadata());
  }

  @Test
  void jsonLines() throws IOException {
    Path manifest = dir.resolve("library.jsonl");
    Files.writeString(manifest, """
        {"uri": "/data/a.mp4", "title": "Refunds", "tags": ["support"]}

        {"path": "b.webm", "owner": "Ops"}
        """);
    List<Manifest.Entry> entries = Manifest.read(manifest);
    assertEquals(Path.of("/data/a.mp4"), entries.get(0).file());
    assertEquals(new RecordingMetadata("Refunds", null, List.of("support")), entries.get(0).metadata());
    assertEquals(dir.resolve("b.webm"), entries.get(1).file());
    assertEquals("Ops", entries.get(1).metadata().owner());
  }

  @Test
  void problemsNameTheManifestAndTheLine() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "title,owner\nA,B\n");
    IOException noColumn = assertThrows(IOException.class, () -> Manifest.read(csv));
    assertTrue(noColumn.getMessage().contains("'uri' or 'path' column"), noColumn.getMessage());
    Path jsonl = dir.resolve("bad.jsonl");
    Files.writeString(jsonl, "{\"uri\": \"a.mp4\"}\nnot json\n");
    IOException notJson = assertThrows(IOException.class, () -> Manifest.read(jsonl));
    assertTrue(notJson.getMessage().contains("line 2"), notJson.getMessage());
  }

  @Test
  void csvFollowsRfc4180() throws IOException {
    Path manifest = dir.resolve("quoted.csv");
    Files.writeString(manifest, "\uFEFFuri,title,owner\r\n"
        + "a.mp4,\"Step one, then \"\"two\"\"\",  Ana  \r\n"
        + "\r\n"
        + "\"b.mp4\",\"multi\nline\",\n\n");
    List<Manifest.Entry> entries = Manifest.read(manifest);
    assertEquals(List.of(dir.resolve("a.mp4"), dir.resolve("b.mp4")), entries.stream().map(Manifest.Entry::file).toList());
    assertEquals(new RecordingMetadata("Step one, then \"two\"", "Ana", List.of()), entries.get(0).metadata());
    assertEquals(new RecordingMetadata("multi\nline", null, List.of()), entries.get(1).metadata());
  }

  @Test
  void anUnterminatedQuoteIsNamed() throws IOException {
    Path manifest = dir.resolve("open.csv");
    Files.writeString(manifest, "uri,title\na.mp4,\"never closed\n");
    IOException e = assertThrows(IOException.class, () -> Manifest.read(manifest));
    assertTrue(e.getMessage().startsWith("manifest " + manifest + ": not CSV"), e.getMessage());
  }
}

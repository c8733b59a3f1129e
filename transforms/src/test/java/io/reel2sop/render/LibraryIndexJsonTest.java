package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryIndexJsonTest {

  private static final String AT = "2026-01-02T03:04:05Z";

  @Test
  void headerThenSopsSortedByTitleThenFolder() throws IOException {
    JsonNode root =
        new ObjectMapper().readTree(LibraryIndexJson.write(LibrarySamples.library(), AT));
    assertEquals(1, root.get("schemaVersion").asInt());
    assertEquals(AT, root.get("generatedAt").asText());
    List<String> paths = new ArrayList<>();
    root.get("sops").forEach(sop -> paths.add(sop.get("sopPath").asText()));
    assertEquals(List.of("hostile", "beta", "alpha", "zeta"), paths);
    JsonNode first = root.get("sops").get(0);
    assertEquals(LibrarySamples.HOSTILE_TITLE, first.get("title").asText());
    assertEquals(LibrarySamples.HOSTILE_TRANSCRIPT, first.get("transcriptText").asText());
    assertEquals("hostile/sop.html", first.get("page").asText());
    assertEquals("hostile/images/step-01.png", first.get("thumbnail").asText());
    assertEquals("vosk-model-small-en-us", first.get("producedBy").get("modelName").asText());
  }

  @Test
  void sameLibraryInAnyOrderGivesTheSameText() {
    List<IndexEntry> shuffled = new ArrayList<>(LibrarySamples.library());
    Collections.reverse(shuffled);
    String text = LibraryIndexJson.write(LibrarySamples.library(), AT);
    assertEquals(text, LibraryIndexJson.write(shuffled, AT));
    assertTrue(
        text.startsWith("{\n  \"schemaVersion\": 1,\n  \"generatedAt\": \"" + AT + "\",\n"), text);
  }

  @Test
  void readGivesBackTheSortedIndex() throws IOException {
    LibraryIndex index =
        LibraryIndexJson.read(LibraryIndexJson.write(LibrarySamples.library(), AT));
    assertEquals(LibraryIndex.of(LibrarySamples.library(), AT), index);
    assertEquals("beta", index.sops().get(1).sopPath());
  }

  @Test
  void emptyLibraryIsAnEmptyList() throws IOException {
    String json = LibraryIndexJson.write(List.of(), AT);
    assertTrue(json.contains("\"sops\": [ ]") || json.contains("\"sops\": []"), json);
    assertEquals(List.of(), LibraryIndexJson.read(json).sops());
  }

  @Test
  void readRejectsNonJson() {
    assertThrows(IOException.class, () -> LibraryIndexJson.read("{\"sops\": ["));
  }
}

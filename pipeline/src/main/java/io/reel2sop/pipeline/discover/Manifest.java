package io.reel2sop.pipeline.discover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of recordings with what to say about them: CSV with a header row ({@code uri} or
 * {@code path}, optional {@code title}, {@code owner}, {@code tags} separated by {@code ;} or
 * {@code |}), or JSON lines ({@code {"uri": …, "title": …, "owner": …, "tags": [...]}}). Relative
 * paths are relative to the manifest's folder; a recording listed twice is taken once.
 */
public final class Manifest {
  static final Set<String> EXTENSIONS = Set.of("csv", "jsonl", "ndjson");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** RFC 4180 rows of fields (quoted fields may hold commas, doubled quotes and line breaks); blank lines dropped. */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  /** One listed recording. */
  record Entry(Path file, RecordingMetadata metadata) {}

  private Manifest() {}

  static boolean isManifest(Path file) {
    return EXTENSIONS.contains(RecordingFinder.extension(file));
  }

  static List<Entry> read(Path manifest) throws IOException {
    String text = Files.readString(manifest, StandardCharsets.UTF_8);
    List<Entry> entries =
        RecordingFinder.extension(manifest).equals("csv") ? fromCsv(manifest, text) : fromJsonLines(manifest, text);
    Map<Path, Entry> unique = new LinkedHashMap<>();
    entries.forEach(e -> unique.putIfAbsent(e.file(), e));
    return List.copyOf(unique.values());
  }

  private static List<Entry> fromCsv(Path manifest, String text) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> read =
        CSV.readerForListOf(String.class).readValues(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
      while (read.hasNextValue()) {
        rows.add(read.nextValue().stream().map(String::strip).toList());
      }
    } catch (IOException e) {
      throw new IOException("manifest " + manifest + ": not CSV (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> header = rows.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    int uri = header.indexOf("uri") >= 0 ? header.indexOf("uri") : header.indexOf("path");
    if (uri < 0) {
      throw new IOException("manifest " + manifest + ": the header row needs a 'uri' or 'path' column, found " + header);
    }
    List<Entry> entries = new ArrayList<>();
    for (int line = 1; line < rows.size(); line++) {
      List<String> row = rows.get(line);
      String location = cell(row, uri);
      if (location == null) {
        throw new IOException("manifest " + manifest + " row " + (line + 1) + ": no uri");
      }
      String tags = cell(row, header.indexOf("tags"));
      entries.add(
          entry(manifest, location, cell(row, header.indexOf("title")), cell(row, header.indexOf("owner")),
              tags == null ? List.of() : Arrays.asList(tags.split("[;|]"))));
    }
    return entries;
  }

  private static List<Entry> fromJsonLines(Path manifest, String text) throws IOException {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(lines[i]);
      } catch (IOException e) {
        throw new IOException("manifest " + manifest + " line " + (i + 1) + ": not JSON");
      }
      String location = node.hasNonNull("uri") ? node.get("uri").asText() : node.path("path").asText(null);
      if (location == null || location.isBlank()) {
        throw new IOException("manifest " + manifest + " line " + (i + 1) + ": no uri");
      }
      List<String> tags = new ArrayList<>();
      node.path("tags").forEach(t -> tags.add(t.asText()));
      entries.add(entry(manifest, location, text(node, "title"), text(node, "owner"), tags));
    }
    return entries;
  }

  private static Entry entry(Path manifest, String location, String title, String owner, List<String> tags) {
    Path file =
        Locations.isBucket(location)
            ? Locations.path(location)
            : manifest.toAbsolutePath().getParent().resolve(location).normalize();
    List<String> cleanTags = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    boolean none = title == null && owner == null && cleanTags.isEmpty();
    return new Entry(file, none ? null : new RecordingMetadata(title, owner, cleanTags));
  }

  private static String cell(List<String> row, int index) {
    return index < 0 || index >= row.size() || row.get(index).isBlank() ? null : row.get(index);
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) && !node.get(field).asText().isBlank() ? node.get(field).asText() : null;
  }
}

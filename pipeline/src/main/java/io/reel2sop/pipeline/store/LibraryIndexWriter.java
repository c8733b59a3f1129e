package io.reel2sop.pipeline.store;

import io.reel2sop.render.LibraryIndexHtml;
import io.reel2sop.render.LibraryIndexJson;
import io.reel2sop.render.LibraryScan;
import io.reel2sop.storage.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes {@code index.json} and {@code index.html} at the output root from every SOP published
 * there, including those this run skipped as up to date.
 */
public final class LibraryIndexWriter {
  public static final String JSON_FILE = "index.json";
  public static final String HTML_FILE = "index.html";

  private LibraryIndexWriter() {}

  public static LibraryScan write(Path outputRoot) throws IOException {
    LibraryScan scan = LibraryScan.of(outputRoot);
    String generatedAt = Instant.now().toString();
    AtomicWrite.write(
        outputRoot.resolve(JSON_FILE),
        LibraryIndexJson.write(scan.entries(), generatedAt).getBytes(StandardCharsets.UTF_8));
    AtomicWrite.write(
        outputRoot.resolve(HTML_FILE),
        LibraryIndexHtml.render(scan.entries(), generatedAt).getBytes(StandardCharsets.UTF_8));
    return scan;
  }
}

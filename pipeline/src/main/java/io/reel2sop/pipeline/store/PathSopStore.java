package io.reel2sop.pipeline.store;

import io.reel2sop.edit.EditsFile;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import io.reel2sop.render.ChangesJson;
import io.reel2sop.render.LibraryIndexHtml;
import io.reel2sop.render.LibraryIndexJson;
import io.reel2sop.render.LibraryScan;
import io.reel2sop.render.PdfRenderer;
import io.reel2sop.render.SopFiles;
import io.reel2sop.render.SopJson;
import io.reel2sop.storage.AtomicWrite;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What every store does the same way because its files are {@code java.nio} paths under one root
 * (a local folder, a bucket through Google's NIO provider, an in-memory file system in tests):
 * reading the current SOP, the ledger, the output's own files and the index.
 */
abstract class PathSopStore implements SopStore {
  private static final String PROBE_FILE = SopLayout.STATE + "/preflight-";

  private final String root;

  PathSopStore(String root) {
    this.root = root;
  }

  final Path root() {
    return Locations.path(root);
  }

  @Override
  public final String location() {
    return root;
  }

  @Override
  public final String locationOf(String relative) {
    return Locations.of(root().resolve(relative));
  }

  @Override
  public void checkWritable() throws IOException {
    Path probe = root().resolve(PROBE_FILE + UUID.randomUUID());
    Files.createDirectories(probe.getParent());
    Files.write(probe, new byte[] {'o', 'k'});
    Files.delete(probe);
  }

  /** Stages the SOP with its texts ({@link SopFiles#texts}); a staged SOP that cannot be written is discarded. */
  @Override
  public final StagedSop stage(String id, SopDocument sop) throws IOException {
    return stageTexts(id, SopFiles.texts(sop));
  }

  @Override
  public final StagedSop stage(String id, SopDocument edited, SopDocument generated, SopChanges changes)
      throws IOException {
    return stageTexts(id, SopFiles.texts(edited, generated, changes));
  }

  private StagedSop stageTexts(String id, Map<String, String> texts) throws IOException {
    StagedSop staged = newStaged(id);
    try {
      for (Map.Entry<String, String> file : texts.entrySet()) {
        writeStaged(staged, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
      }
      return staged;
    } catch (IOException | RuntimeException e) {
      discard(staged);
      throw e;
    }
  }

  /**
   * Renders {@code sop.pdf} from a staged SOP whose texts and screenshots are in, and writes it
   * into the staged SOP; returns it. The PDF embeds the screenshots as they were staged (redacted),
   * and says what changed from the previous version as the page does.
   */
  final byte[] stagePdf(StagedSop staged) throws IOException {
    Path folder = Locations.path(staged.location());
    SopDocument sop = SopJson.read(Files.readString(folder.resolve(SopLayout.CONTRACT), StandardCharsets.UTF_8));
    Path changes = folder.resolve(SopFiles.CHANGES);
    SopChanges changed = Files.isRegularFile(changes)
        ? ChangesJson.read(Files.readString(changes, StandardCharsets.UTF_8))
        : null;
    byte[] pdf = PdfRenderer.render(sop, changed, file -> Files.readAllBytes(folder.resolve(file)));
    writeStaged(staged, SopLayout.PDF, pdf);
    return pdf;
  }

  /** A new, empty staged SOP for the recording {@code id}. */
  abstract StagedSop newStaged(String id) throws IOException;

  /** Writes one file (a path relative to the SOP folder) into a staged SOP. */
  abstract void writeStaged(StagedSop staged, String file, byte[] content) throws IOException;

  @Override
  public final Optional<SopDocument> current(String id) {
    return document(root().resolve(id).resolve(SopLayout.CONTRACT));
  }

  @Override
  public final Optional<SopDocument> generated(String id) {
    Optional<SopDocument> generated = document(root().resolve(id).resolve(SopFiles.GENERATED));
    return generated.isPresent() ? generated : current(id).filter(sop -> sop.edits() == null);
  }

  @Override
  public final Optional<byte[]> edits(String id) throws IOException {
    Path file = root().resolve(id).resolve(EditsFile.NAME);
    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }

  @Override
  public final void copyScreenshots(StagedSop staged, Map<String, String> currentToStaged) throws IOException {
    Path current = root().resolve(staged.id());
    for (Map.Entry<String, String> shot : currentToStaged.entrySet()) {
      writeStaged(staged, shot.getValue(), Files.readAllBytes(current.resolve(shot.getKey())));
    }
  }

  private static Optional<SopDocument> document(Path json) {
    if (!Files.isRegularFile(json)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SopJson.read(Files.readString(json)));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public final FailureLedger ledger() {
    return new FailureLedger(root().resolve(SopLayout.FAILURES));
  }

  @Override
  public final void writeFile(String name, byte[] content) throws IOException {
    AtomicWrite.write(root().resolve(name), content);
  }

  @Override
  public final String readFile(String name) throws IOException {
    return Files.readString(root().resolve(name), StandardCharsets.UTF_8);
  }

  @Override
  public final LibraryScan writeIndex(String changedSince) throws IOException {
    LibraryScan scan = LibraryScan.of(root(), changedSince);
    String generatedAt = Instant.now().toString();
    writeFile(SopLayout.INDEX_JSON, LibraryIndexJson.write(scan.entries(), generatedAt).getBytes(StandardCharsets.UTF_8));
    writeFile(SopLayout.INDEX_HTML, LibraryIndexHtml.render(scan.entries(), generatedAt).getBytes(StandardCharsets.UTF_8));
    return scan;
  }
}

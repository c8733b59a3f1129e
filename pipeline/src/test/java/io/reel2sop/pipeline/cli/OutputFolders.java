package io.reel2sop.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What a reader sees in an output folder while a run is going on. */
final class OutputFolders {
  private OutputFolders() {}

  /** The visible (published) SOP folders; 0 while the folder does not exist yet. */
  static int visibleSops(Path output) {
    try (Stream<Path> entries = Files.list(output)) {
      return (int) entries.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")).count();
    } catch (IOException absent) {
      return 0;
    }
  }
}

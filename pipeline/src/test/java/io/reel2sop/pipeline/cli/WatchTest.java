package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --watch} on the DirectRunner, with a word to redact. */
class WatchTest {
  @TempDir Path work;

  @Test
  void newRecordingsBecomeSopsAsTheyLandAndAnUnchangedOneIsNotRedone() throws Exception {
    String console = WatchScenario.run(work, List.of("--redactWords=Acme"), WatchScenario.CLIENT_HANDLE);
    assertTrue(console.contains("stopped watching"), console);
  }
}

package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.pipeline.store.SopLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --watch} on the embedded Flink runner, as a laptop user runs it: its own process, stopped
 * with SIGTERM (Ctrl-C). The embedded job is submitted attached, so the process is the handle.
 */
class EmbeddedFlinkWatchTest {
  @TempDir Path work;

  @Test
  void watchingOnEmbeddedFlinkMakesEachNewRecordingOnceAndStopsOnCtrlC() throws Exception {
    Path log = work.resolve("watch.log");
    WatchScenario.Client process =
        new WatchScenario.Client() {
          private Process java;

          @Override
          public void start(List<String> args) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), Reel2Sop.class.getName()));
            command.addAll(args);
            command.add("--runner=FlinkRunner");
            java = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
          }

          @Override
          public boolean running() throws Exception {
            assertTrue(java.isAlive(), "the watch process ended early:\n" + console());
            return console().contains("watching");
          }

          @Override
          public void stop() throws Exception {
            java.destroy(); // SIGTERM, as Ctrl-C
            assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the watch process stops on SIGTERM");
          }

          @Override
          public String console() {
            try {
              return Files.readString(log);
            } catch (java.io.IOException e) {
              return "";
            }
          }
        };
    String console = WatchScenario.run(work, List.of(), process);
    assertTrue(console.contains("OK     "), console);
    try (var staged = Files.list(work.resolve("sops"))) {
      assertFalse(staged.anyMatch(p -> !p.getFileName().toString().startsWith(".")
          && Files.isDirectory(p) && !Files.isRegularFile(p.resolve(SopLayout.COMPLETE_MARKER))),
          "every visible SOP folder is complete");
    }
  }
}

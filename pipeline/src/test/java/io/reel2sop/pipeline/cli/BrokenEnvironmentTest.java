package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.pipeline.store.SopLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine that cannot run reel2sop stops the run before its batch: exit code 3, one line naming
 * what is missing and how to get it, no stack trace, and nothing recorded against the recordings
 * (no report, no remembered failure), so a later run on a good machine treats them as new.
 */
class BrokenEnvironmentTest {
  private static final Path SAMPLE = Path.of("../samples/new-lead-walkthrough.mp4").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void ffmpegNativesThatCannotLoadStopTheRunWithOneLine() throws Exception {
    // JavaCPP looks for the natives of the platform it is told; the jar has only linux-x86_64's.
    Path output = dir.resolve("out");
    Run run = run(List.of("-Dorg.bytedeco.javacpp.platform=linux-arm64"), "--output=" + output);
    run.assertBrokenEnvironment("FFmpeg's native libraries cannot be loaded");
    assertNothingRecorded(output);
  }

  @Test
  void aSpeechModelCacheThatCannotBeWrittenStopsTheRun() throws Exception {
    Path output = dir.resolve("out");
    Path readOnly = Files.writeString(dir.resolve("a-file-not-a-folder"), "x");
    Run run = run(List.of(), "--output=" + output, "--modelCache=" + readOnly.resolve("cache"));
    run.assertBrokenEnvironment("the bundled speech model cannot be unpacked");
    assertNothingRecorded(output);
  }

  @Test
  void anOutputThatCannotBeWrittenStopsTheRun() throws Exception {
    Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the output folder should go");
    Run run = run(List.of(), "--output=" + blocked.resolve("sops"));
    run.assertBrokenEnvironment("the output " + blocked.resolve("sops") + " cannot be written");
  }

  private static void assertNothingRecorded(Path output) throws IOException {
    assertFalse(Files.exists(output.resolve(SopLayout.REPORT)), "no report");
    assertFalse(Files.exists(output.resolve("new-lead-walkthrough")), "no SOP");
    if (Files.isDirectory(output.resolve(".reel2sop"))) {
      try (var state = Files.list(output.resolve(".reel2sop"))) {
        assertEquals(List.of("run.lock"), state.map(p -> p.getFileName().toString()).toList(), "no remembered failure");
      }
    }
  }

  /** A separate JVM: JavaCPP's platform is chosen once per process. */
  private Run run(List<String> jvmOptions, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Reel2Sop.class.getName(), "--input=" + SAMPLE));
    command.addAll(List.of(args));
    Path log = dir.resolve("console.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the run ended");
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String console) {
    void assertBrokenEnvironment(String cause) {
      assertEquals(Reel2Sop.EXIT_BROKEN_ENVIRONMENT, exitCode, console);
      List<String> lines = console.lines().filter(l -> !l.isBlank()).toList();
      assertEquals(1, lines.size(), "one line:\n" + console);
      assertTrue(lines.get(0).startsWith("reel2sop: cannot run on this machine: " + cause), console);
      assertFalse(console.contains("Exception") || console.contains("\tat "), "no stack trace:\n" + console);
    }
  }
}

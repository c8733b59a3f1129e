package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.render.SopContract;
import io.reel2sop.render.SopJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at several points of a run, then run again: every recording ends with exactly one
 * complete SOP, nothing half-written is ever visible, and no SOP that was finished is made again.
 * The runs are separate JVMs started like the launcher does, killed with SIGKILL.
 */
class CrashSafetyTest {
  /** A moment to kill a run at, seen from outside as the state of its output folder. */
  private record KillPoint(String name, Predicate<Path> reached) {}

  private static final List<KillPoint> KILL_POINTS =
      List.of(
          new KillPoint("during start-up", out -> true),
          new KillPoint("while a SOP is being written", out -> count(out.resolve(SopLayout.STAGING)) > 0),
          new KillPoint("right after the first SOP is published", out -> OutputFolders.visibleSops(out) >= 1),
          new KillPoint("once more SOPs are published", out -> OutputFolders.visibleSops(out) >= 3));

  @TempDir Path work;

  @Test
  void killedRunsLeaveOnlyCompleteSopsAndTheNextRunFinishesWithoutRedoingAny() throws Exception {
    Path input = TestFixtures.library(work.resolve("library"), List.of("mp4", "webm", "mkv", "mov", "noaudio", "sidecar"));
    Path output = work.resolve("sops");
    Map<String, String> createdAt = new HashMap<>();
    List<String> log = new ArrayList<>();
    for (int i = 0; i < KILL_POINTS.size(); i++) {
      KillPoint point = KILL_POINTS.get(i);
      Process run = start(input, output, work.resolve("run-" + i + ".log"));
      boolean killed = killWhen(run, point, output);
      Map<String, String> visible = checkOnlyCompleteSopsAreVisible(output);
      visible.forEach(
          (id, created) -> {
            String before = createdAt.putIfAbsent(id, created);
            assertTrue(before == null || before.equals(created), id + " was made again after a kill");
          });
      log.add(String.format("%s %s: %d SOPs visible", killed ? "killed" : "ended before", point.name(), visible.size()));
    }

    Process last = start(input, output, work.resolve("run-final.log"));
    assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the final run ends");
    assertEquals(Reel2Sop.EXIT_OK, last.exitValue(), Files.readString(work.resolve("run-final.log")));
    Map<String, String> finalSops = checkOnlyCompleteSopsAreVisible(output);
    assertEquals(6, finalSops.size(), "one SOP per recording: " + finalSops.keySet());
    createdAt.forEach((id, created) -> assertEquals(created, finalSops.get(id), id + " was made again"));
    RunReport report = RunReport.fromJson(Files.readString(output.resolve(SopLayout.REPORT)));
    assertEquals(6, report.processed() + report.skipped());
    assertTrue(report.skipped() >= createdAt.size(), "finished SOPs are skipped: " + report.skipped());
    try (Stream<Path> versions = Files.walk(output).filter(p -> p.getFileName().toString().equals("versions"))) {
      assertEquals(0, versions.count(), "no SOP was replaced, so no SOP has an older version");
    }
    assertFalse(Files.exists(output.resolve(SopLayout.STAGING)), "staging is cleaned up");
    System.out.println("CRASH " + String.join("; ", log) + "; final run: " + report.processed()
        + " processed, " + report.skipped() + " skipped");
  }

  /** Kills the run with SIGKILL once the point is reached (after start-up for the first one). */
  private static boolean killWhen(Process run, KillPoint point, Path output) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    Thread.sleep(1500);
    while (run.isAlive() && System.nanoTime() < deadline) {
      if (point.reached().test(output)) {
        run.destroyForcibly();
        run.waitFor(30, TimeUnit.SECONDS);
        return true;
      }
      Thread.sleep(10);
    }
    run.waitFor(30, TimeUnit.SECONDS);
    return false;
  }

  private static int count(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return (int) entries.count();
    } catch (IOException absent) {
      return 0;
    }
  }

  /** Every visible entry of the output is the report, the index or a complete, valid SOP folder. */
  private static Map<String, String> checkOnlyCompleteSopsAreVisible(Path output) throws IOException {
    Map<String, String> created = new HashMap<>();
    if (!Files.isDirectory(output)) {
      return created;
    }
    try (Stream<Path> entries = Files.list(output)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (!Files.isDirectory(entry)) {
          assertTrue(List.of(SopLayout.REPORT, SopLayout.INDEX_JSON, SopLayout.INDEX_HTML)
              .contains(name), "unexpected file " + entry);
          continue;
        }
        assertTrue(Files.isRegularFile(entry.resolve(SopLayout.COMPLETE_MARKER)), "complete: " + entry);
        String json = Files.readString(entry.resolve("sop.json"));
        assertEquals(List.of(), SopContract.violations(json), entry.toString());
        SopDocument sop = SopJson.read(json);
        for (String file : List.of("sop.md", "sop.html", "transcript.vtt")) {
          assertTrue(Files.size(entry.resolve(file)) > 0, entry + "/" + file);
        }
        sop.steps().forEach(s -> assertTrue(Files.isRegularFile(entry.resolve(s.screenshot().path())), s.toString()));
        created.put(name, sop.producedBy().createdAt());
      }
    }
    return created;
  }

  private static Process start(Path input, Path output, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), Reel2Sop.class.getName(),
            "--input=" + input, "--output=" + output, "--targetParallelism=2")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}

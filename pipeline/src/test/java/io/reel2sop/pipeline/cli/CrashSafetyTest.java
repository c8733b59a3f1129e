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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at several points of a run, then run again: every recording ends with exactly one
 * complete SOP, nothing half-written is ever visible, and no SOP that was finished is made again.
 * The runs are separate JVMs started like the launcher does, killed with SIGKILL. Each kill must
 * happen at the point it is for, judged by what that run itself has done: earlier runs' SOPs are
 * already there when it starts.
 */
class CrashSafetyTest {
  /** What a run has done so far, seen from outside. */
  private record Progress(boolean outcomeLogged, int staged, int published) {}

  /** A moment to kill a run at: the first look at which {@code reached} holds. */
  private record KillPoint(String name, Predicate<Progress> reached) {}

  private static final List<KillPoint> KILL_POINTS =
      List.of(
          new KillPoint("during start-up, before any recording is staged or ended",
              p -> !p.outcomeLogged() && p.staged() == 0 && p.published() == 0),
          new KillPoint("while a SOP is being written", p -> p.staged() > 0),
          new KillPoint("right after the run published its first SOP", p -> p.published() >= 1),
          new KillPoint("once the run published two SOPs", p -> p.published() >= 2));

  @TempDir Path work;

  @Test
  void killedRunsLeaveOnlyCompleteSopsAndTheNextRunFinishesWithoutRedoingAny() throws Exception {
    Path input = TestFixtures.library(work.resolve("library"), List.of("mp4", "webm", "mkv", "mov", "noaudio", "sidecar"));
    Path output = work.resolve("sops");
    Map<String, String> createdAt = new HashMap<>();
    List<String> log = new ArrayList<>();
    for (int i = 0; i < KILL_POINTS.size(); i++) {
      KillPoint point = KILL_POINTS.get(i);
      Path runLog = work.resolve("run-" + i + ".log");
      Instant started = Instant.now();
      Process run = start(input, output, runLog);
      Progress atKill = killWhen(run, point, () -> progress(output, runLog, started));
      assertTrue(atKill != null, "the run ended before it could be killed " + point.name() + ":\n" + Files.readString(runLog));
      assertTrue(point.reached().test(atKill), "killed " + point.name() + ", but found " + atKill);
      Map<String, String> visible = checkOnlyCompleteSopsAreVisible(output);
      visible.forEach(
          (id, created) -> {
            String before = createdAt.putIfAbsent(id, created);
            assertTrue(before == null || before.equals(created), id + " was made again after a kill");
          });
      log.add(String.format("killed %s (%s): %d SOPs visible", point.name(), atKill, visible.size()));
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

  /**
   * Kills the run with SIGKILL at the first look (the first one once its JVM is up) at which the
   * point is reached; returns what it had done then, or null if it ended first.
   */
  private static Progress killWhen(Process run, KillPoint point, Callable<Progress> look) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    Thread.sleep(1500);
    while (run.isAlive() && System.nanoTime() < deadline) {
      Progress now = look.call();
      if (point.reached().test(now)) {
        run.destroyForcibly();
        assertTrue(run.waitFor(30, TimeUnit.SECONDS), "killed");
        return look.call();
      }
      Thread.sleep(10);
    }
    run.destroyForcibly();
    run.waitFor(30, TimeUnit.SECONDS);
    return null;
  }

  /** Whether the run logged an outcome, how many SOPs are staged, and how many it published itself. */
  private static Progress progress(Path output, Path runLog, Instant started) throws IOException {
    String logged = Files.exists(runLog) ? Files.readString(runLog) : "";
    boolean outcome = logged.contains("] OK ") || logged.contains("] SKIP ") || logged.contains("] FAILED ");
    int published = 0;
    if (Files.isDirectory(output)) {
      try (Stream<Path> entries = Files.list(output)) {
        for (Path sop : entries.map(p -> p.resolve(SopLayout.CONTRACT)).filter(Files::isRegularFile).toList()) {
          String created = SopJson.read(Files.readString(sop)).producedBy().createdAt();
          published += Instant.parse(created).isAfter(started) ? 1 : 0;
        }
      }
    }
    return new Progress(outcome, count(output.resolve(SopLayout.STAGING)), published);
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

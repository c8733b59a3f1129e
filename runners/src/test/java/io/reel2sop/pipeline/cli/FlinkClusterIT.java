package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.render.SopContract;
import io.reel2sop.render.SopJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a real Flink 1.19 standalone cluster: one JobManager and two TaskManagers, each
 * its own JVM, started with {@code runners/flink/start-cluster.sh}. The client is this JVM; it
 * stages only the shaded job jar, as the launcher would.
 */
class FlinkClusterIT {
  private static final Path JOB_JAR = Path.of("target", "reel2sop.jar").toAbsolutePath();

  @TempDir static Path work;
  private static LocalFlinkCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    assertTrue(Files.isRegularFile(JOB_JAR), "the job jar is built before integration tests: " + JOB_JAR);
    TestFixtures.recordings(); // generated before the cluster starts, not during its tests
    long started = System.nanoTime();
    cluster = LocalFlinkCluster.start(2, work.resolve("cluster"));
    System.out.printf("FLINK cluster of 1 JobManager + 2 TaskManagers ready in %.1f s%n", seconds(started));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theClusterMakesTheSameSopsAsTheDirectRunner() throws Exception {
    List<String> names = List.of("mp4", "webm", "mkv", "noaudio", "sidecar");
    Path library = TestFixtures.library(work.resolve("same"), names);
    long direct = System.nanoTime();
    CommandLineRun onDirect = CommandLineRun.of(List.of("--input=" + library, "--output=" + work.resolve("direct")));
    assertEquals(Reel2Sop.EXIT_OK, onDirect.exitCode(), onDirect.console());
    double directSeconds = seconds(direct);
    long onCluster = System.nanoTime();
    CommandLineRun flink = CommandLineRun.of(clusterRun(library, work.resolve("cluster-out")));
    assertEquals(Reel2Sop.EXIT_OK, flink.exitCode(), flink.console());
    System.out.printf("FLINK %d recordings: DirectRunner %.1f s, cluster %.1f s (job submitted from this JVM)%n",
        names.size(), directSeconds, seconds(onCluster));
    for (String id : names) {
      SopComparison.assertSame(
          SopJson.read(Files.readString(work.resolve("direct").resolve(id).resolve("sop.json"))),
          SopJson.read(Files.readString(work.resolve("cluster-out").resolve(id).resolve("sop.json"))),
          id);
    }
    assertTrue(flink.console().contains("OK     "), "outcome lines repeated by the client:\n" + flink.console());
    assertTrue(flink.console().contains("recordingsProcessed=" + names.size()), "metrics:\n" + flink.console());
    String jobId = cluster.job("FINISHED");
    JsonNode vertices = cluster.get("/jobs/" + jobId).path("vertices");
    int widest = 0;
    for (JsonNode vertex : vertices) {
      widest = Math.max(widest, vertex.path("parallelism").asInt());
    }
    assertEquals(2, widest, "the job runs with the cluster's parallelism.default, unasked: " + vertices);
    String accumulators = cluster.get("/jobs/" + jobId + "/accumulators").toString();
    for (String metric : List.of("recordingsProcessed", "framesDecoded", "videoMillisProcessed", "audioMillisProcessed")) {
      assertTrue(accumulators.contains(metric), metric + " in the cluster's REST API: " + accumulators);
    }
  }

  @Test
  void losingATaskManagerMidJobStillGivesExactlyOneSopPerRecording() throws Exception {
    List<String> names = List.of("mp4", "webm", "mkv", "mov", "vfr", "noaudio");
    Path library = TestFixtures.library(work.resolve("loss"), names);
    Path output = work.resolve("loss-out");
    long started = System.nanoTime();
    CompletableFuture<CommandLineRun> run = CompletableFuture.supplyAsync(() -> CommandLineRun.of(clusterRun(library, output)));

    String jobId = runningJob();
    String victim = null;
    while (victim == null && !run.isDone()) {
      List<String> busy = cluster.taskManagersRunning(jobId, "");
      if (!busy.isEmpty() && OutputFolders.visibleSops(output) >= 1) {
        victim = busy.get(0);
      } else {
        Thread.sleep(50);
      }
    }
    assertTrue(victim != null, "the job ended before a TaskManager could be killed");
    cluster.kill(victim);
    double killedAt = seconds(started);

    CommandLineRun result = run.get(10, TimeUnit.MINUTES);
    assertEquals(Reel2Sop.EXIT_OK, result.exitCode(), result.console());
    JsonNode exceptions = cluster.get("/jobs/" + jobId + "/exceptions");
    assertTrue(exceptions.path("exceptionHistory").path("entries").size() > 0, "the job failed over: " + exceptions);

    for (String id : names) {
      Path folder = output.resolve(id);
      assertTrue(Files.isRegularFile(folder.resolve(SopLayout.COMPLETE_MARKER)), "complete: " + id);
      assertEquals(List.of(), SopContract.violations(Files.readString(folder.resolve("sop.json"))), id);
      assertFalse(Files.exists(folder.resolve("versions")), id + " was published once");
    }
    try (Stream<Path> entries = Files.list(output)) {
      List<String> visible =
          entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
      assertEquals(names.size() + 3, visible.size(), "SOPs, report and index only: " + visible);
    }
    assertFalse(Files.exists(output.resolve(SopLayout.STAGING)), "no staged leftovers");
    System.out.printf("FLINK TaskManager loss: killed %s (kill -9) at %.1f s; the job recovered and finished in %.1f s%n",
        victim, killedAt, seconds(started));
  }

  @Test
  void watchingOnTheClusterMakesEachNewRecordingOnceAndIsCancelledCleanly() throws Exception {
    assertTrue(cluster.job("RUNNING") == null, "no other job is running");
    String console = WatchScenario.run(
        work.resolve("watch"),
        List.of("--runner=FlinkRunner", "--flinkMaster=" + cluster.master(), "--filesToStage=" + JOB_JAR),
        new WatchScenario.Control() {
          @Override
          public boolean started(Reel2Sop cli) throws Exception {
            return cluster.job("RUNNING") != null;
          }

          @Override
          public void cancel(Reel2Sop cli) throws Exception {
            cluster.cancel(cluster.job("RUNNING"));
          }

          @Override
          public String remoteWorkerLog() throws IOException {
            return cluster.logs();
          }
        });
    assertTrue(console.contains("stopped watching"), console);
    assertTrue(cluster.job("RUNNING") == null, "the job was cancelled");
  }

  private static List<String> clusterRun(Path library, Path output) {
    return List.of("--input=" + library, "--output=" + output, "--runner=FlinkRunner",
        "--flinkMaster=" + cluster.master(), "--filesToStage=" + JOB_JAR);
  }

  private static String runningJob() throws Exception {
    for (int i = 0; i < 1200; i++) {
      String running = cluster.job("RUNNING");
      if (running != null) {
        return running;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no job started on the cluster");
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}

package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.render.SopJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same recordings give the same SOPs on the embedded Flink runner as on the DirectRunner. */
class EmbeddedFlinkTest {
  @TempDir Path work;

  @Test
  void flinkMakesTheSameSopsAsTheDirectRunner() throws Exception {
    Path library = TestFixtures.library(work.resolve("library"), List.of("mp4", "webm", "noaudio", "sidecar"));
    Path direct = work.resolve("direct");
    Path flink = work.resolve("flink");
    CommandLineRun onDirect = CommandLineRun.of(List.of("--input=" + library, "--output=" + direct));
    assertEquals(Reel2Sop.EXIT_OK, onDirect.exitCode(), onDirect.console());
    long started = System.nanoTime();
    CommandLineRun onFlink = CommandLineRun.of(List.of("--input=" + library, "--output=" + flink, "--runner=FlinkRunner"));
    assertEquals(Reel2Sop.EXIT_OK, onFlink.exitCode(), onFlink.console());
    System.out.printf("FLINK embedded: %d recordings in %.1f s%n", 4, (System.nanoTime() - started) / 1e9);

    for (String id : List.of("mp4", "webm", "noaudio", "sidecar")) {
      var onDirectSop = SopJson.read(Files.readString(direct.resolve(id).resolve("sop.json")));
      var onFlinkSop = SopJson.read(Files.readString(flink.resolve(id).resolve("sop.json")));
      SopComparison.assertSame(onDirectSop, onFlinkSop, id);
      assertEquals("FlinkRunner", onFlinkSop.producedBy().runner());
    }
    RunReport report = RunReport.fromJson(Files.readString(flink.resolve(SopLayout.REPORT)));
    assertEquals(4, report.processed());
  }
}

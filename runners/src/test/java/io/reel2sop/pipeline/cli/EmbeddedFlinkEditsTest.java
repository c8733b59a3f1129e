package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.render.ChangesJson;
import io.reel2sop.render.SopJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's edits on the embedded Flink runner: rendered again without analysis when they change,
 * and applied again by matching when the recording is reprocessed.
 */
class EmbeddedFlinkEditsTest {
  @TempDir Path work;

  @Test
  void editsAreRenderedWithoutAnalysisAndReappliedAfterReprocessingOnFlink() throws Exception {
    Path library = TestFixtures.library(work.resolve("library"), List.of("mp4"));
    Path output = work.resolve("flink");
    List<String> args = List.of("--input=" + library, "--output=" + output, "--runner=FlinkRunner");
    CommandLineRun first = CommandLineRun.of(args);
    assertEquals(Reel2Sop.EXIT_OK, first.exitCode(), first.console());
    SopDocument generated = SopJson.read(Files.readString(output.resolve("mp4/sop.json")));
    ReviewerEdits edits = ReviewerEdits.of(generated);
    Files.writeString(output.resolve("mp4/edits.json"), edits.json());

    CommandLineRun edited = CommandLineRun.of(args);
    assertEquals(Reel2Sop.EXIT_OK, edited.exitCode(), edited.console());
    RecordingOutcome outcome = report(output).outcomes().get(0);
    assertEquals(RecordingOutcome.Status.PROCESSED, outcome.status());
    assertTrue(outcome.revision().reRendered());
    assertEquals(0L, ReviewEditsTest.metrics(edited.console()).getOrDefault("framesDecoded", 0L), edited.console());
    edits.checkApplied(SopJson.read(Files.readString(output.resolve("mp4/sop.json"))));
    assertFalse(ChangesJson.read(Files.readString(output.resolve("mp4/changes.json"))).reanalysed());

    CommandLineRun reprocessed = CommandLineRun.of(args, "--reprocess=all");
    assertEquals(Reel2Sop.EXIT_OK, reprocessed.exitCode(), reprocessed.console());
    RecordingOutcome redone = report(output).outcomes().get(0);
    assertFalse(redone.revision().reRendered());
    assertEquals(1, redone.orphanedEdits().size());
    edits.checkApplied(SopJson.read(Files.readString(output.resolve("mp4/sop.json"))));
    assertTrue(ChangesJson.read(Files.readString(output.resolve("mp4/changes.json"))).reanalysed());
    assertEquals(edits.json(), Files.readString(output.resolve("mp4/edits.json")));
  }

  private static RunReport report(Path output) throws Exception {
    return RunReport.fromJson(Files.readString(output.resolve(SopLayout.REPORT)));
  }
}

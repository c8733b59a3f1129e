package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.render.SopJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nightly reruns: only what is out of date is redone, and every SOP says what produced it. */
class ReprocessTest {
  @TempDir Path work;
  private Path input;
  private Path output;

  @Test
  void rerunsRedoOnlyWhatIsOutOfDateAndKeepThePreviousVersions() throws Exception {
    input = Files.createDirectories(work.resolve("library"));
    output = work.resolve("sops");
    Files.copy(TestFixtures.recordings().get("mp4").video(), input.resolve("lead.mp4"));
    Files.copy(TestFixtures.recordings().get("noaudio").video(), input.resolve("calendar.mp4"));
    Files.writeString(input.resolve("broken.mp4"), "not a video\n");

    RunReport first = run(Reel2Sop.EXIT_SOME_FAILED);
    assertEquals(Map.of("lead", "PROCESSED", "calendar", "PROCESSED", "broken", "FAILED"), statuses(first));
    String leadCreated = createdAt("lead");

    RunReport nightly = run(Reel2Sop.EXIT_SOME_FAILED);
    assertEquals(Map.of("lead", "SKIPPED", "calendar", "SKIPPED", "broken", "FAILED"), statuses(nightly));
    assertTrue(reason(nightly, "broken").contains("--reprocess=failed"), reason(nightly, "broken"));
    assertEquals(leadCreated, createdAt("lead"), "an up-to-date SOP is not rewritten");

    RunReport retry = run(Reel2Sop.EXIT_SOME_FAILED, "--reprocess=failed");
    assertEquals(Map.of("lead", "SKIPPED", "calendar", "SKIPPED", "broken", "FAILED"), statuses(retry));
    assertTrue(reason(retry, "broken").startsWith("not a video"), "retried: " + reason(retry, "broken"));

    Files.delete(input.resolve("broken.mp4"));
    Files.copy(TestFixtures.recordings().get("mkv").video(), input.resolve("lead.mp4"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    RunReport changed = run(Reel2Sop.EXIT_OK);
    assertEquals(Map.of("lead", "PROCESSED", "calendar", "SKIPPED"), statuses(changed));
    assertTrue(Files.isRegularFile(output.resolve("lead/versions/1/sop.json")), "the previous SOP is kept");
    assertNotEquals(
        SopJson.read(Files.readString(output.resolve("lead/versions/1/sop.json"))).recording().fingerprint(),
        SopJson.read(Files.readString(output.resolve("lead/sop.json"))).recording().fingerprint());

    String hashBefore = SopJson.read(Files.readString(output.resolve("calendar/sop.json"))).producedBy().settingsHash();
    RunReport newSettings = run(Reel2Sop.EXIT_OK, "--sceneMinCutScore=2.5");
    assertEquals(Map.of("lead", "PROCESSED", "calendar", "PROCESSED"), statuses(newSettings));
    assertNotEquals(hashBefore, SopJson.read(Files.readString(output.resolve("calendar/sop.json"))).producedBy().settingsHash());
    assertTrue(Files.isRegularFile(output.resolve("lead/versions/2/sop.json")));

    RunReport all = run(Reel2Sop.EXIT_OK, "--sceneMinCutScore=2.5", "--reprocess=all");
    assertEquals(Map.of("lead", "PROCESSED", "calendar", "PROCESSED"), statuses(all));
    assertTrue(Files.isRegularFile(output.resolve("calendar/versions/2/sop.json")));
  }

  @Test
  void anUnknownReprocessModeIsAUsageError() throws IOException {
    input = Files.createDirectories(work.resolve("library"));
    output = work.resolve("sops");
    Files.copy(TestFixtures.recordings().get("noaudio").video(), input.resolve("calendar.mp4"));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int exit = new Reel2Sop(new PrintStream(console, true, StandardCharsets.UTF_8))
        .run(new String[] {"--input=" + input, "--output=" + output, "--reprocess=sometimes"});
    assertEquals(Reel2Sop.EXIT_USAGE, exit);
    assertTrue(console.toString(StandardCharsets.UTF_8).contains("stale|failed|all"), console.toString());
  }

  private RunReport run(int expectedExit, String... extra) throws IOException {
    CommandLineRun run = CommandLineRun.of(List.of("--input=" + input, "--output=" + output), extra);
    assertEquals(expectedExit, run.exitCode(), run.console());
    return RunReport.fromJson(Files.readString(output.resolve(SopLayout.REPORT)));
  }

  private static Map<String, String> statuses(RunReport report) {
    return report.outcomes().stream().collect(Collectors.toMap(RecordingOutcome::id, o -> o.status().name()));
  }

  private static String reason(RunReport report, String id) {
    return report.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().reason();
  }

  private String createdAt(String id) throws IOException {
    return SopJson.read(Files.readString(output.resolve(id).resolve("sop.json"))).producedBy().createdAt();
  }
}

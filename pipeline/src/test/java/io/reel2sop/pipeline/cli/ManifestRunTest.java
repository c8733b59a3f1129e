package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.render.SopJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest's title, owner and tags flow into the SOP, and changing them makes it stale. */
class ManifestRunTest {
  @TempDir Path work;

  @Test
  void manifestMetadataReachesTheSopAndItsPages() throws Exception {
    Path library = Files.createDirectories(work.resolve("library"));
    Files.copy(TestFixtures.recordings().get("noaudio").video(), library.resolve("calendar.mp4"));
    Path manifest = library.resolve("manifest.csv");
    Files.writeString(manifest, "uri,title,owner,tags\ncalendar.mp4,Switch to the calendar,Ops <team>,crm;daily\n");
    Path output = work.resolve("sops");

    assertEquals(Reel2Sop.EXIT_OK, run(manifest, output));
    SopDocument sop = SopJson.read(Files.readString(output.resolve("calendar/sop.json")));
    assertEquals("Switch to the calendar", sop.title());
    assertEquals(new RecordingMetadata("Switch to the calendar", "Ops <team>", List.of("crm", "daily")),
        sop.recording().metadata());
    String html = Files.readString(output.resolve("calendar/sop.html"));
    assertTrue(html.contains("Ops &lt;team&gt;") && html.contains("crm, daily"), "owner and tags shown, escaped");

    Files.writeString(manifest, "uri,title,owner,tags\ncalendar.mp4,Switch to the calendar,Support,crm;daily\n");
    assertEquals(Reel2Sop.EXIT_OK, run(manifest, output));
    RunReport report = RunReport.fromJson(Files.readString(output.resolve(SopLayout.REPORT)));
    assertEquals(1, report.processed(), "a new owner makes the SOP stale");
    assertEquals("Support", SopJson.read(Files.readString(output.resolve("calendar/sop.json"))).recording().metadata().owner());
  }

  private static int run(Path manifest, Path output) {
    return new Reel2Sop(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .run(new String[] {"--input=" + manifest, "--output=" + output});
  }
}

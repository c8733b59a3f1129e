package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.pipeline.outcome.OutcomeLog;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.render.ChangesJson;
import io.reel2sop.render.IndexEntry;
import io.reel2sop.render.LibraryIndexJson;
import io.reel2sop.render.SopJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's workflow end to end on the DirectRunner: a first run, an {@code edits.json} with
 * every kind of edit, a run that renders the SOP again without analysing the recording, a run that
 * finds nothing to do, a malformed edits file, and {@code --reprocess=all}, which applies the edits
 * again to a new analysis by matching.
 */
class ReviewEditsTest {
  @TempDir Path work;

  @Test
  void editsSurviveReprocessingAndEveryRunSaysWhatChanged() throws Exception {
    Path input = Files.createDirectories(work.resolve("library"));
    Path output = work.resolve("sops");
    Files.copy(TestFixtures.recordings().get("mp4").video(), input.resolve("lead.mp4"));
    Files.copy(TestFixtures.recordings().get("noaudio").video(), input.resolve("calendar.mp4"));
    List<String> args = List.of("--input=" + input, "--output=" + output);

    CommandLineRun first = CommandLineRun.of(args);
    assertEquals(Reel2Sop.EXIT_OK, first.exitCode(), first.console());
    double analysed = report(output).wallSeconds();
    Path lead = output.resolve("lead");
    SopDocument generated = sop(lead.resolve("sop.json"));
    assertNull(generated.edits());
    assertEquals(generated, sop(lead.resolve("sop.generated.json")));
    assertFalse(Files.exists(lead.resolve("changes.json")), "a first SOP replaces nothing");

    ReviewerEdits edits = ReviewerEdits.of(generated);
    Files.writeString(lead.resolve("edits.json"), edits.json());
    CommandLineRun edited = CommandLineRun.of(args);
    assertEquals(Reel2Sop.EXIT_OK, edited.exitCode(), edited.console());

    RunReport report = report(output);
    assertEquals(Map.of("lead", "PROCESSED", "calendar", "SKIPPED"), statuses(report));
    System.out.printf("EDITS first run (2 recordings analysed): %.1f s; rendered again after edits.json: %.1f s%n",
        analysed, report.wallSeconds());
    RecordingOutcome leadOutcome = outcome(report, "lead");
    assertTrue(leadOutcome.revision().reRendered());
    assertEquals(1, report.changed());
    assertEquals(1, report.reRendered());
    assertEquals(1, report.orphanedEdits());
    Map<String, Long> metrics = metrics(edited.console());
    assertEquals(1L, metrics.get("sopsReRendered"), edited.console());
    assertEquals(0L, metrics.getOrDefault("framesDecoded", 0L), "no scene analysis: " + edited.console());
    assertEquals(0L, metrics.getOrDefault("audioMillisProcessed", 0L), "no speech recognition: " + edited.console());
    String line = OutcomeLog.line(leadOutcome);
    assertTrue(line.contains("rendered again after its edits changed, not analysed") && line.contains("changes: ")
        && line.contains("1 edit needs review"), line);
    assertTrue(edited.console().contains("NEEDS REVIEW lead: ") && edited.console().contains(ReviewerEdits.ORPHAN),
        edited.console());

    SopDocument shown = sop(lead.resolve("sop.json"));
    edits.checkApplied(shown);
    assertEquals(generated, sop(lead.resolve("sop.generated.json")), "the generated SOP is kept as it was");
    assertEquals(edits.json(), Files.readString(lead.resolve("edits.json")), "the reviewer's file stays");
    assertEquals(edits.json(), Files.readString(lead.resolve("versions/1/edits.json")));
    checkEveryOutputShowsTheEdits(lead, shown);
    checkScreenshots(lead, generated, shown);

    SopChanges changes = ChangesJson.read(Files.readString(lead.resolve("changes.json")));
    assertFalse(changes.reanalysed());
    assertEquals(generated.producedBy().settingsHash(), changes.previous().settingsHash());
    assertEquals(new SopChanges.TitleChange(generated.title(), ReviewerEdits.TITLE), changes.title());
    assertTrue(changes.removed().stream().anyMatch(r -> r.instruction().equals(generated.steps().get(0).instruction())),
        changes.removed().toString());
    assertTrue(changes.reworded().stream().anyMatch(r -> r.after().equals(ReviewerEdits.REWORDED)),
        changes.reworded().toString());
    assertTrue(changes.added().stream().anyMatch(a -> a.instruction().equals(ReviewerEdits.SECOND_PART)),
        changes.added().toString());
    assertTrue(changes.screenshotMoved().stream().anyMatch(m -> m.to() == ReviewerEdits.movedShot(generated.steps().get(1))),
        changes.screenshotMoved().toString());
    assertEquals(8, changes.editsApplied().size());
    assertEquals(1, changes.editsOrphaned().size());
    assertTrue(Files.readString(lead.resolve("changes.html")).contains(ReviewerEdits.REWORDED));
    assertTrue(Files.readString(lead.resolve("sop.html")).contains("What changed from the previous version:</strong> "
        + changes.summary() + " \u00b7 <a href=\"changes.html\">"), "the SOP page says what changed");
    try (PDDocument pdf = Loader.loadPDF(lead.resolve("sop.pdf").toFile())) {
      String text = OutputChecks.pdfText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("What changed from the previous version: " + changes.summary()), "the PDF too: " + text);
      assertTrue(text.contains(ReviewerEdits.REWORDED) && text.contains(ReviewerEdits.WARNING), "the PDF shows the edits");
    }
    Map<String, IndexEntry> index = index(output);
    assertNotNull(index.get("lead").changed(), "the index marks the SOP changed in the last run");
    assertEquals("lead/changes.html", index.get("lead").changed().page());
    assertNull(index.get("calendar").changed());
    assertTrue(Files.readString(output.resolve("index.html")).contains("Changed in the last run"));

    CommandLineRun again = CommandLineRun.of(args);
    assertEquals(Reel2Sop.EXIT_OK, again.exitCode(), again.console());
    RunReport unchanged = report(output);
    assertEquals(Map.of("lead", "SKIPPED", "calendar", "SKIPPED"), statuses(unchanged));
    assertEquals(1, unchanged.orphanedEdits(), "an orphaned edit is reported on every run");
    assertEquals(0, unchanged.changed());
    assertNull(index(output).get("lead").changed(), "changed in an earlier run, not the last");

    Files.writeString(output.resolve("calendar/edits.json"), "{\"schemaVersion\": 1, \"steps\": [{\"match\": ");
    CommandLineRun malformed = CommandLineRun.of(args);
    assertEquals(Reel2Sop.EXIT_SOME_FAILED, malformed.exitCode(), malformed.console());
    RecordingOutcome refused = outcome(report(output), "calendar");
    assertEquals(RecordingOutcome.Status.FAILED, refused.status());
    assertTrue(refused.reason().startsWith(output.resolve("calendar/edits.json") + ": not valid JSON"),
        refused.reason());
    assertEquals(RecordingOutcome.Status.SKIPPED, outcome(report(output), "lead").status());
    assertNull(sop(output.resolve("calendar/sop.json")).edits(), "the SOP stays as it was");
    Files.delete(output.resolve("calendar/edits.json"));

    CommandLineRun reprocessed = CommandLineRun.of(args, "--reprocess=all");
    assertEquals(Reel2Sop.EXIT_OK, reprocessed.exitCode(), reprocessed.console());
    assertTrue(metrics(reprocessed.console()).getOrDefault("framesDecoded", 0L) > 0, "analysed again");
    RecordingOutcome redone = outcome(report(output), "lead");
    assertFalse(redone.revision().reRendered());
    assertEquals(1, redone.orphanedEdits().size(), "the edit that finds no step is still reported");
    SopDocument reapplied = sop(lead.resolve("sop.json"));
    edits.checkApplied(reapplied);
    assertTrue(ChangesJson.read(Files.readString(lead.resolve("changes.json"))).reanalysed());
    assertEquals(edits.json(), Files.readString(lead.resolve("edits.json")));
    assertEquals(edits.json(), Files.readString(lead.resolve("versions/2/edits.json")));
  }

  private static void checkEveryOutputShowsTheEdits(Path lead, SopDocument shown) throws Exception {
    OutputChecks.wellFormedHtml(lead.resolve("sop.html"), shown);
    OutputChecks.parsableWebVtt(lead.resolve("transcript.vtt"));
    String html = Files.readString(lead.resolve("sop.html"));
    String md = Files.readString(lead.resolve("sop.md"));
    String vtt = Files.readString(lead.resolve("transcript.vtt"));
    for (String page : List.of(html, md)) {
      assertTrue(page.contains(ReviewerEdits.TITLE), "title");
      assertTrue(page.contains(ReviewerEdits.NOTE), "note");
      assertTrue(page.contains(ReviewerEdits.WARNING), "warning");
      assertTrue(page.contains(ReviewerEdits.REWORDED), "reworded");
      assertTrue(page.contains("Needs review"), "the orphaned edit is shown");
    }
    assertTrue(html.contains("id=\"needs-review\""));
    assertTrue(vtt.contains("NOTE Step 1.1: ") || vtt.contains("NOTE Step 1: "), vtt);
    assertTrue(vtt.contains("Warning: " + ReviewerEdits.WARNING), vtt);
  }

  /**
   * Screenshots at a moment the previous SOP showed are copied from it; the moved one is taken anew
   * from the recording at its new time, so it shows the screen before the step's action.
   */
  private static void checkScreenshots(Path lead, SopDocument generated, SopDocument shown) throws Exception {
    Path previous = lead.resolve("versions/1");
    int taken = 0;
    for (Step step : shown.steps()) {
      Path image = lead.resolve(step.screenshot().path());
      assertTrue(Files.size(image) > 0, image.toString());
      Step same = generated.steps().stream()
          .filter(g -> Math.abs(g.screenshot().time() - step.screenshot().time()) < 1e-6).findFirst().orElse(null);
      if (same != null) {
        assertArrayEquals(Files.readAllBytes(previous.resolve(same.screenshot().path())), Files.readAllBytes(image),
            "copied: " + step.screenshot());
      } else {
        taken++;
      }
    }
    assertEquals(2, taken, "the moved screenshot and the split's first part");
    assertFalse(Arrays.equals(Files.readAllBytes(previous.resolve(generated.steps().get(1).screenshot().path())),
        Files.readAllBytes(lead.resolve(shown.steps().get(0).screenshot().path()))), "the moved screenshot is new");
  }

  private static SopDocument sop(Path json) throws Exception {
    return SopJson.read(Files.readString(json));
  }

  private static RunReport report(Path output) throws Exception {
    return RunReport.fromJson(Files.readString(output.resolve(SopLayout.REPORT)));
  }

  private static Map<String, IndexEntry> index(Path output) throws Exception {
    Map<String, IndexEntry> entries = new TreeMap<>();
    LibraryIndexJson.read(Files.readString(output.resolve("index.json"))).sops()
        .forEach(e -> entries.put(e.sopPath(), e));
    return entries;
  }

  private static Map<String, String> statuses(RunReport report) {
    Map<String, String> statuses = new TreeMap<>();
    report.outcomes().forEach(o -> statuses.put(o.id(), o.status().name()));
    return statuses;
  }

  private static RecordingOutcome outcome(RunReport report, String id) {
    return report.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  /** The counters of the console's {@code Metrics:} line. */
  static Map<String, Long> metrics(String console) {
    Map<String, Long> counters = new TreeMap<>();
    console.lines().filter(l -> l.startsWith("Metrics:")).findFirst().ifPresent(line -> {
      for (String pair : line.substring("Metrics:".length()).trim().split(" ")) {
        if (pair.contains("=")) {
          counters.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
        }
      }
    });
    return counters;
  }
}

package io.reel2sop.sop;

import static io.reel2sop.sop.Pages.page;
import static io.reel2sop.sop.Pages.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reel2sop.align.StepAligner;
import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class SopAssemblerTest {
  private static final SopDocument.ProducedBy PRODUCED_BY = new SopDocument.ProducedBy(
      "0.2.0", new SopDocument.ModelInfo("vosk-model-en", "0.3.45"), "hash", "DirectRunner", "2026-01-01T00:00:00Z");
  private static final SceneAnalysis NO_SCENES = new SceneAnalysis(List.of(), List.of(), List.of(), 0, 0);
  private static final Transcript SPOKEN = new Transcript("en", "vosk",
      List.of(Utterance.ofWords(List.of(new Word("log", 1, 1.3, 0.9), new Word("it", 1.4, 1.6, 0.9)))));

  private static ProbedRecording recording(RecordingMetadata metadata) {
    Recording found = Recording.found("log-a-ticket", "recordings/support/log_a-ticket.mp4", 1000, "2026-01-01T00:00:00Z",
        null).withFingerprints("sha256:abc", null).withMetadata(metadata);
    return new ProbedRecording(found, new MediaInfo(65, 1920, 1080, 30, true, "mp4", "h264", "aac"));
  }

  @Test
  void versionTwoOutlineIsStatedByTheNarrationAndTheScreen() {
    List<Step> steps = List.of(step(1, 6), step(2, 10), step(3, 16));
    StepAligner.Alignment alignment = new StepAligner.Alignment(steps,
        "Hi, in this video I'll show you how to log a ticket in Harbor Desk",
        "And we are done. The new ticket is at the top of the list.");
    SopDocument sop = SopAssembler.assemble(recording(null), 65, NO_SCENES, SPOKEN, alignment,
        List.of(page(0, 15, "Tickets"), page(15.5, 65, "New ticket")), PRODUCED_BY);

    assertEquals(2, sop.schemaVersion());
    assertEquals("Log a ticket in Harbor Desk.", sop.objective());
    assertEquals(List.of(new SopDocument.Tool("Harbor Desk", "screen")), sop.tools());
    assertEquals(List.of(new SopDocument.Section(1, "Tickets", 1, 2), new SopDocument.Section(2, "New ticket", 3, 3)),
        sop.sections());
    assertEquals(List.of("1.1", "1.2", "2.1"), sop.steps().stream().map(Step::number).toList());
    assertEquals("The new ticket is at the top of the list.", sop.expectedResult());
    assertEquals("Log a ticket in Harbor Desk. 3 steps in 2 sections from a narrated screen recording of 1:05.",
        sop.summary());
    assertEquals("Log a ticket", sop.title());
    assertEquals(SPOKEN.words(), sop.transcript().words());
    assertEquals(1920, sop.recording().width());
    assertEquals(PRODUCED_BY, sop.producedBy());
  }

  @Test
  void withoutIntroductionConclusionOrReadingsOnlyTheStepsAreFilled() {
    List<Step> steps = List.of(step(1, 1), step(2, 5));
    SopDocument sop = SopAssembler.assemble(recording(new RecordingMetadata("Log a ticket (v2)", "Support", null)), 10,
        NO_SCENES, Transcript.none(), steps, PRODUCED_BY);
    assertEquals(SopDocument.SCHEMA_VERSION, sop.schemaVersion());
    assertNull(sop.objective());
    assertEquals(List.of(), sop.tools());
    assertEquals(List.of(), sop.sections());
    assertNull(sop.expectedResult());
    assertEquals(steps, sop.steps());
    assertEquals("Log a ticket (v2)", sop.title(), "a manifest's title wins over the file name");
    assertEquals("2 steps from a silent screen recording of 0:10. It starts with: Do step 1.", sop.summary());
  }

  @Test
  void titleIsMadeFromTheFileName() {
    assertEquals("New lead walkthrough", SopAssembler.titleFrom("sales/new_lead-walkthrough.mp4"));
    assertEquals("Untitled procedure", SopAssembler.titleFrom("recordings/___.mp4"));
  }
}

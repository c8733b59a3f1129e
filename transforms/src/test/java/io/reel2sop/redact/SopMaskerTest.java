package io.reel2sop.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.Region;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Target;
import io.reel2sop.model.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class SopMaskerTest {
  private static final RedactionRules RULES = RedactionRules.of("emails,phones", "Falcon", "");

  @Test
  void aMatchOverSeveralWordsBecomesOneMaskedWordOverTheirTime() {
    List<Word> words = List.of(new Word("call", 0, 1, 1), new Word("555", 1, 2, 0.9), new Word("201", 2, 3, 0.8),
        new Word("7788", 3, 4, 0.7), new Word("now", 4, 5, 1));
    assertEquals(List.of(new Word("call", 0, 1, 1), new Word("[redacted]", 1, 4, 0.7), new Word("now", 4, 5, 1)),
        SopMasker.words(words, RULES));
  }

  @Test
  void twoMatchesInOneWordAndAHeardSecretAreMasked() {
    List<Word> words = List.of(new Word("a@b.io,c@d.io", 0, 1, 1), new Word("falcon", 1, 2, 1),
        new Word("Plan", 2, 3, 1, "falcon plan"), new Word("end", 3, 4, 1));
    assertEquals(List.of(new Word("[redacted]", 0, 1, 1), new Word("[redacted]", 1, 2, 1), new Word("Plan", 2, 3, 1, "[redacted] plan"),
        new Word("end", 3, 4, 1)), SopMasker.words(words, RULES));
  }

  @Test
  void everyTextAReaderSeesIsMasked() {
    Step step = new Step(1, "Type jane@acme.io in Email.", "and type jane@acme.io", 1, 2,
        new Screenshot("images/step-01.png", 1.5), new Region(1, 2, 3, 4), 0.9,
        new Target("jane@acme.io", new Region(5, 6, 7, 8), "screen"), "1.1");
    SopDocument sop = new SopDocument(2,
        new SopDocument.RecordingInfo("falcon.mp4", "sha256:0", null, 1, null, 3, 640, 360, 30, true,
            new RecordingMetadata("Falcon onboarding", "ops@acme.io", List.of("falcon"))),
        new SopDocument.ProducedBy("0.2.0", null, "h", "DirectRunner", "2026-12-03T10:00:00Z"),
        "Falcon signup", "It starts with: Type jane@acme.io in Email.", "Sign up for Falcon.",
        List.of(new SopDocument.Tool("Falcon CRM", "screen")), List.of(new SopDocument.Section(1, "Falcon", 1, 1)),
        List.of(step), "Falcon shows the account.", List.of(),
        new SopDocument.TranscriptInfo("en", "vosk", List.of(new Word("jane@acme.io", 1, 2, 1))));
    SopDocument masked = SopMasker.mask(sop, RULES);
    String all = masked.toString();
    assertFalse(all.toLowerCase().contains("falcon signup") || all.contains("jane@") || all.contains("Falcon CRM")
        || all.contains("ops@acme"), all);
    assertEquals("[redacted] signup", masked.title());
    assertEquals("Type [redacted] in Email.", masked.steps().get(0).instruction());
    assertEquals("[redacted]", masked.steps().get(0).target().label());
    assertEquals(step.screenshot(), masked.steps().get(0).screenshot());
    assertEquals("falcon.mp4", masked.recording().uri());
    assertSame(sop, SopMasker.mask(sop, RedactionRules.NONE));
  }

  @Test
  void aReviewersNotesWarningsAndEditsAreMaskedAndKept() {
    Step step = new Step(1, "Call the customer.", "now we call", 1, 2, new Screenshot("images/step-01.png", 1.5),
        null, 0.9, null, "1", List.of("Ask jane@acme.io first."), List.of("Never share jane@acme.io."),
        List.of("reworded"));
    SopDocument.Edits edits = new SopDocument.Edits("edits.json", "sha256:1",
        List.of(new SopDocument.EditResult("add a note to step \u201cCall\u201d: \u201cAsk jane@acme.io first.\u201d", "1", null)),
        List.of(new SopDocument.EditResult("reword step \u201cMail jane@acme.io\u201d", null, "no step starts near 0:40")));
    SopDocument sop = new SopDocument(2,
        new SopDocument.RecordingInfo("call.mp4", "sha256:0", null, 1, null, 3, 640, 360, 30, true, null),
        new SopDocument.ProducedBy("0.2.0", null, "h", "DirectRunner", "2026-12-03T10:00:00Z"),
        "Call", "", null, List.of(), List.of(), List.of(step), null, List.of(), null, edits);
    SopDocument masked = SopMasker.mask(sop, RULES);
    assertFalse(masked.toString().contains("jane@"), masked.toString());
    assertEquals(List.of("Ask [redacted] first."), masked.steps().get(0).notes());
    assertEquals(List.of("reworded"), masked.steps().get(0).edits());
    assertEquals("sha256:1", masked.edits().hash());
    assertEquals("no step starts near 0:40", masked.edits().orphaned().get(0).reason());
  }
}

package io.reel2sop.render;

import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.Region;
import io.reel2sop.model.SceneCut;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Target;
import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;

/** A realistic SOP for rendering tests: a highlight, a missing highlight, hostile text, unicode. */
final class SampleSop {

  static final String HOSTILE_NARRATION = "<script>alert(\"x\")</script> & 'quotes'";
  static final String UNICODE_INSTRUCTION = "Wählen Sie „Speichern“ — 保存 ✓";

  private SampleSop() {}

  static SopDocument document() {
    return withSteps(steps());
  }

  static SopDocument withSteps(List<Step> steps) {
    return new SopDocument(
        SopDocument.SCHEMA_VERSION,
        new SopDocument.RecordingInfo(
            "file:///data/recordings/invoice%20demo.mp4",
            "sha256:9f2c4e",
            null,
            48_213_000L,
            "2026-11-20T09:15:00Z",
            125.5,
            1920,
            1080,
            29.97,
            true,
            new RecordingMetadata("Invoice demo", "Finance team", java.util.List.of("billing", "how-to"))),
        new SopDocument.ProducedBy(
            "0.1.0",
            new SopDocument.ModelInfo("vosk-model-small-en-us", "0.15"),
            "a1b2c3d4",
            "DirectRunner",
            "2025-03-04T10:15:30Z"),
        "Create & send an invoice",
        "How to create an invoice for a customer and send it by e-mail.",
        steps,
        List.of(
            new SceneCut(2.0, 0.82, 2.4, new Region(0, 0, 1920, 1080)),
            new SceneCut(31.5, 0.35, 31.9, null),
            new SceneCut(64.0, 0.9, 64.2, new Region(100, 80, 1200, 900))),
        new SopDocument.TranscriptInfo("en", "vosk", words()));
  }

  static final String HOSTILE_LABEL = "Send <now> & \"go\"";

  /**
   * A schema version 2 document: an objective, tools, two sections (the second untitled), steps
   * numbered in them, each naming its target (twice in step 2's instruction, with markup in step
   * 3's, not as spelled in step 4's), and an expected result.
   */
  static SopDocument outlined() {
    SopDocument base = document();
    List<Step> steps = List.of(
        targeted(1, "Open the Billing page.", 2.0, "Billing", "1.1"),
        targeted(2, "Type Acme in Customer, then pick Acme.", 4.0, "Acme", "1.2"),
        targeted(3, "Click " + HOSTILE_LABEL + " to send it.", 8.0, HOSTILE_LABEL, "2.1"),
        targeted(4, "Confirm the dialog.", 10.0, "OK", "2.2"));
    return new SopDocument(SopDocument.SCHEMA_VERSION, base.recording(), base.producedBy(), base.title(),
        base.summary(), "Send an invoice to a customer.",
        List.of(new SopDocument.Tool("Ledgerly", "screen"), new SopDocument.Tool("app.ledgerly.com", "address")),
        List.of(new SopDocument.Section(1, "Billing", 1, 2), new SopDocument.Section(2, null, 3, 4)),
        steps, "The invoice shows as sent.", base.scenes(), base.transcript());
  }

  private static Step targeted(int index, String instruction, double start, String label, String number) {
    return new Step(index, instruction, "step " + index, start, start + 2,
        new Screenshot(String.format("images/step-%02d.png", index), start + 1), null, 0.9,
        new Target(label, new Region(100 * index, 200, 160, 30), "narration"), number);
  }

  static List<Step> steps() {
    return List.of(
        new Step(
            1,
            "Open the Billing page",
            "First open the billing page from the menu on the left.",
            2.0,
            6.5,
            new Screenshot("images/step-01.png", 3.0),
            new Region(1440, 0, 480, 270),
            0.91),
        new Step(
            2,
            "Click *New invoice*",
            HOSTILE_NARRATION,
            31.5,
            38.25,
            new Screenshot("images/step-02.png", 32.0),
            null,
            0.74),
        new Step(
            3,
            UNICODE_INSTRUCTION,
            "Dann auf Speichern klicken – fertig 🎉",
            64.0,
            71.0,
            new Screenshot("images/step-03.png", 64.5),
            new Region(960, 540, 192, 108),
            1.0));
  }

  /** 24 words: a pause of 1.5 s after the 6th, then 18 closely spaced words (0.3 s each). */
  static List<Word> words() {
    List<Word> words = new ArrayList<>();
    String[] first = {"first", "open", "the", "billing", "page", "now"};
    for (int i = 0; i < first.length; i++) {
      words.add(new Word(first[i], 2.0 + 0.4 * i, 2.3 + 0.4 * i, 0.9));
    }
    double t = 2.0 + 0.4 * 5 + 0.3 + 1.5;
    for (int i = 0; i < 18; i++) {
      words.add(new Word(i == 3 ? "<b>&" : "word" + i, t, t + 0.25, 0.8));
      t += 0.3;
    }
    return words;
  }
}

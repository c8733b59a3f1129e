package io.reel2sop.edit;

import io.reel2sop.model.Region;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Target;
import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated SOP of six steps in three sections, with a transcript whose words sit inside their
 * steps, and the same recording as a newer model would make it: every step a second later, some
 * worded a little differently.
 */
final class ReviewedSop {
  record Said(String instruction, String narration, double start, double end, String section) {}

  static final List<Said> GENERATED = List.of(
      new Said("Open the list of Leads.", "first i open the list of leads", 0.5, 3.0, "Leads"),
      new Said("Click New Lead.", "then i click new lead", 3.5, 6.0, "Leads"),
      new Said("Type Lina Márquez in Name.", "i type lina marquez as the name", 6.5, 9.0, "New Lead"),
      new Said("Type Acme in Company.", "and acme as the company", 9.5, 12.0, "New Lead"),
      new Said("Press Save.", "and i pressed same", 12.4, 15.0, "New Lead"),
      new Said("Check the lead.", "now the lead opens so we check its details", 15.5, 20.0, "Lina Márquez"));

  /** A newer model: one second later, "Press Save." heard as "Click Save.", "Click New Lead." longer. */
  static final List<Said> SHIFTED = List.of(
      new Said("Open the list of Leads.", "first i open the list of leads", 1.5, 4.0, "Leads"),
      new Said("Click the New Lead button.", "then i click the new lead", 4.5, 7.0, "Leads"),
      new Said("Type Lina Márquez in Name.", "i type lina marquez as the name", 7.5, 10.0, "New Lead"),
      new Said("Type Acme in Company.", "and acme as the company", 10.5, 13.0, "New Lead"),
      new Said("Click Save.", "and i press save", 13.4, 16.0, "New Lead"),
      new Said("Check the lead.", "now the lead opens so we check its details", 16.5, 21.0, "Lina Márquez"));

  private ReviewedSop() {}

  static SopDocument generated() {
    return of(GENERATED);
  }

  static SopDocument of(List<Said> said) {
    List<Step> steps = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<SopDocument.Section> sections = new ArrayList<>();
    int inSection = 0;
    for (int i = 0; i < said.size(); i++) {
      Said s = said.get(i);
      int index = i + 1;
      if (sections.isEmpty() || !sections.get(sections.size() - 1).title().equals(s.section())) {
        sections.add(new SopDocument.Section(sections.size() + 1, s.section(), index, index));
        inSection = 0;
      } else {
        SopDocument.Section open = sections.remove(sections.size() - 1);
        sections.add(new SopDocument.Section(open.number(), open.title(), open.firstStep(), index));
      }
      inSection++;
      steps.add(new Step(index, s.instruction(), s.narration(), s.start(), s.end(),
          new Screenshot(String.format("images/step-%02d.png", index), s.end() - 0.2),
          new Region(10 * index, 20, 100, 30), 0.9, new Target("L" + index, new Region(10 * index, 20, 100, 30),
              "narration"), sections.size() + "." + inSection));
      String[] spoken = s.narration().split(" ");
      double each = (s.end() - s.start()) / spoken.length;
      for (int w = 0; w < spoken.length; w++) {
        words.add(new Word(spoken[w], s.start() + w * each, s.start() + (w + 0.8) * each, 0.9));
      }
    }
    return new SopDocument(SopDocument.SCHEMA_VERSION,
        new SopDocument.RecordingInfo("file:///r/lead.mp4", "sha256:1", null, 10, "2026-01-01T00:00:00Z", 21.0, 1280,
            720, 30, true, null),
        new SopDocument.ProducedBy("0.2.0", new SopDocument.ModelInfo("vosk-model-en", "0.3.45"), "sha256:s",
            "DirectRunner", "2026-01-01T00:00:00Z"),
        "Lead", "summary", null, List.of(), sections, steps, null, List.of(),
        new SopDocument.TranscriptInfo("en", "vosk", words));
  }

  /** Every kind of edit, each on another step, and one whose step is not in the recording. */
  static final String EVERY_EDIT = """
      {"schemaVersion": 1,
       "title": "Create a lead in Acme CRM",
       "steps": [
         {"match": {"time": 0.5, "instruction": "Open the list of Leads."}, "delete": true},
         {"match": {"time": 3.5, "instruction": "Click New Lead."}, "note": "The button is top right."},
         {"match": {"time": "0:03.5", "narration": "then i click new lead"}, "screenshotAt": 4.5},
         {"match": {"time": 6.5, "instruction": "Type Lina Márquez in Name."}, "mergeWithNext": true},
         {"match": {"time": 12.4, "instruction": "Press Save."}, "instruction": "Click Save to store the lead."},
         {"match": {"time": 12.4, "narration": "and i pressed same"}, "warning": "Saving sends the lead to sales."},
         {"match": {"time": 15.5, "instruction": "Check the lead."},
          "split": {"at": 17.5, "instruction": "Check the lead's details."}},
         {"match": {"time": 40, "instruction": "Click Export."}, "instruction": "Export the lead."}
       ],
       "redact": [{"box": [1, 2, 3, 4], "from": 0, "to": 5}]}
      """;
}

package io.reel2sop.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditApplierTest {

  private static EditsFile everyEdit() throws EditsFileException {
    return EditsFile.parse(ReviewedSop.EVERY_EDIT.getBytes(StandardCharsets.UTF_8), "lead/edits.json");
  }

  @Test
  void everyKindOfEditShowsInTheSop() throws Exception {
    SopDocument edited = EditApplier.apply(ReviewedSop.generated(), everyEdit());

    assertEquals("Create a lead in Acme CRM", edited.title());
    assertEquals(List.of("Click New Lead.", "Type Lina Márquez in Name. Type Acme in Company.",
        "Click Save to store the lead.", "Check the lead.", "Check the lead's details."),
        edited.steps().stream().map(Step::instruction).toList());
    assertEquals(List.of("1.1", "2.1", "2.2", "3.1", "3.2"), edited.steps().stream().map(Step::number).toList());
    assertEquals(List.of(1, 2, 3, 4, 5), edited.steps().stream().map(Step::index).toList());
    assertEquals(List.of("Leads", "New Lead", "Lina Márquez"),
        edited.sections().stream().map(SopDocument.Section::title).toList());
    assertEquals(List.of(1, 2, 4), edited.sections().stream().map(SopDocument.Section::firstStep).toList());
    assertEquals(List.of(1, 3, 5), edited.sections().stream().map(SopDocument.Section::lastStep).toList());

    Step button = edited.steps().get(0);
    assertEquals(List.of("The button is top right."), button.notes());
    assertEquals(4.5, button.screenshot().time(), 1e-9);
    assertEquals("images/step-01.png", button.screenshot().path());
    assertEquals(List.of("note added", "screenshot moved to 0:04"), button.edits());

    Step merged = edited.steps().get(1);
    assertEquals(6.5, merged.start(), 1e-9);
    assertEquals(12.0, merged.end(), 1e-9);
    assertEquals(11.8, merged.screenshot().time(), 1e-9); // the result of the later step
    assertEquals("i type lina marquez as the name and acme as the company", merged.narration());
    assertEquals("L4", merged.target().label());

    Step save = edited.steps().get(2);
    assertEquals(List.of("Saving sends the lead to sales."), save.warnings());
    assertEquals(List.of("reworded", "warning added"), save.edits());

    Step first = edited.steps().get(3);
    Step second = edited.steps().get(4);
    assertEquals(15.5, first.start(), 1e-9);
    assertEquals(17.5, first.end(), 1e-9);
    assertEquals(17.3, first.screenshot().time(), 1e-9);
    assertEquals("now the lead opens", first.narration());
    assertNull(first.highlight());
    assertEquals(17.5, second.start(), 1e-9);
    assertEquals(20.0, second.end(), 1e-9);
    assertEquals(19.8, second.screenshot().time(), 1e-9);
    assertEquals("so we check its details", second.narration());
    assertEquals("images/step-05.png", second.screenshot().path());

    SopDocument.Edits record = edited.edits();
    assertEquals(EditsFile.NAME, record.file());
    assertEquals(EditsFile.hashOf(ReviewedSop.EVERY_EDIT.getBytes(StandardCharsets.UTF_8)), record.hash());
    assertEquals(9, record.applied().size()); // the title, seven step edits and the redaction box
    assertEquals("cover 1,2 3x4 on the screenshots 0:00\u20130:05", record.applied().get(8).edit());
    assertEquals(1, record.orphaned().size());
    assertTrue(record.orphaned().get(0).edit().contains("Click Export."), record.orphaned().toString());
    assertTrue(record.orphaned().get(0).reason().startsWith("no step starts within 3 s of 0:40"));
    assertTrue(edited.summary().startsWith("5 steps in 3 sections"), edited.summary());
  }

  @Test
  void editsFindTheirStepsInANewerModelsSopByTimeAndWords() throws Exception {
    SopDocument edited = EditApplier.apply(ReviewedSop.of(ReviewedSop.SHIFTED), everyEdit());

    assertEquals(List.of("Click the New Lead button.", "Type Lina Márquez in Name. Type Acme in Company.",
        "Click Save to store the lead.", "Check the lead.", "Check the lead's details."),
        edited.steps().stream().map(Step::instruction).toList());
    assertEquals(List.of("The button is top right."), edited.steps().get(0).notes());
    assertEquals(List.of("Saving sends the lead to sales."), edited.steps().get(2).warnings());
    assertEquals(1, edited.edits().orphaned().size());
  }

  @Test
  void anEditWhoseStepIsGoneIsOrphanedNotDropped() throws Exception {
    List<ReviewedSop.Said> withoutSave = ReviewedSop.GENERATED.stream()
        .filter(s -> !s.instruction().equals("Press Save.")).toList();
    SopDocument edited = EditApplier.apply(ReviewedSop.of(withoutSave), everyEdit());

    List<String> orphaned = edited.edits().orphaned().stream().map(SopDocument.EditResult::edit).toList();
    assertEquals(3, orphaned.size(), orphaned.toString());
    assertTrue(orphaned.stream().anyMatch(e -> e.startsWith("reword step \u201cPress Save.\u201d at 0:12")), orphaned.toString());
    assertTrue(orphaned.stream().anyMatch(e -> e.startsWith("add a warning to step")), orphaned.toString());
    assertTrue(edited.steps().stream().noneMatch(s -> s.instruction().contains("Save")));
  }

  @Test
  void aSplitOutsideItsStepOrAMergeOfTheLastStepIsOrphanedWithTheReason() throws Exception {
    String json = """
        {"schemaVersion": 1, "steps": [
          {"match": {"time": 3.5, "instruction": "Click New Lead."}, "split": {"at": 9.0, "instruction": "x"}},
          {"match": {"time": 15.5, "instruction": "Check the lead."}, "mergeWithNext": true},
          {"match": {"time": 12.4, "instruction": "Press Save."}, "screenshotAt": 99}]}
        """;
    SopDocument edited = EditApplier.apply(ReviewedSop.generated(),
        EditsFile.parse(json.getBytes(StandardCharsets.UTF_8), "edits.json"));
    List<String> reasons = edited.edits().orphaned().stream().map(SopDocument.EditResult::reason).toList();
    assertEquals(List.of("the split time 0:09 is not inside the step (0:03–0:06)",
        "it is the last step: there is no next step", "the recording ends at 0:21"), reasons);
    assertEquals(ReviewedSop.generated().steps().stream().map(Step::instruction).toList(),
        edited.steps().stream().map(Step::instruction).toList());
  }

  @Test
  void anEditOfADeletedStepIsOrphanedSayingSo() throws Exception {
    String json = """
        {"schemaVersion": 1, "steps": [
          {"match": {"time": 3.5, "instruction": "Click New Lead."}, "delete": true},
          {"match": {"time": 3.5, "instruction": "Click New Lead."}, "note": "Top right."}]}
        """;
    SopDocument edited = EditApplier.apply(ReviewedSop.generated(),
        EditsFile.parse(json.getBytes(StandardCharsets.UTF_8), "edits.json"));
    assertEquals(5, edited.steps().size());
    assertEquals(List.of("delete step \u201cClick New Lead.\u201d at 0:03"),
        edited.edits().applied().stream().map(SopDocument.EditResult::edit).toList());
    assertEquals(List.of("another edit deletes its step"),
        edited.edits().orphaned().stream().map(SopDocument.EditResult::reason).toList());
  }

  @Test
  void withoutEditsTheGeneratedSopIsKeptStepForStep() throws Exception {
    SopDocument generated = ReviewedSop.generated();
    SopDocument edited = EditApplier.apply(generated,
        EditsFile.parse("{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8), "edits.json"));
    assertEquals(generated.steps(), edited.steps());
    assertEquals(generated.sections(), edited.sections());
    assertTrue(edited.edits().applied().isEmpty());
  }
}

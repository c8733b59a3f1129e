package io.reel2sop.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.edit.EditApplier;
import io.reel2sop.edit.EditsFile;
import io.reel2sop.edit.ReviewedSopAccess;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SopDiffTest {

  @Test
  void listsWhatTheReviewersEditsChanged() throws Exception {
    SopDocument generated = ReviewedSopAccess.generated();
    SopDocument edited = EditApplier.apply(generated,
        EditsFile.parse(ReviewedSopAccess.everyEdit().getBytes(StandardCharsets.UTF_8), "edits.json"));

    SopChanges changes = SopDiff.between(generated, edited, false, "2026-02-01T00:00:00Z");

    assertEquals(new SopChanges.TitleChange("Lead", "Create a lead in Acme CRM"), changes.title());
    // the merged step pairs with its first part; the second part's own step is gone
    assertEquals(List.of("Open the list of Leads.", "Type Acme in Company."),
        changes.removed().stream().map(SopChanges.StepRef::instruction).toList());
    assertEquals(List.of("Check the lead's details."),
        changes.added().stream().map(SopChanges.StepRef::instruction).toList());
    assertEquals(List.of("Press Save.|Click Save to store the lead.",
            "Type Lina Márquez in Name.|Type Lina Márquez in Name. Type Acme in Company."),
        changes.reworded().stream().map(r -> r.before() + "|" + r.after()).sorted().toList());
    assertEquals(List.of("1.1 5.8->4.5", "2.1 8.8->11.8", "3.1 19.8->17.3"),
        changes.screenshotMoved().stream().map(m -> m.number() + " " + m.from() + "->" + m.to()).toList());
    assertEquals(9, changes.editsApplied().size());
    assertEquals(1, changes.editsOrphaned().size());
    assertFalse(changes.reanalysed());
    assertTrue(changes.changed());
    assertEquals("title changed, 1 step added, 2 steps removed, 2 steps reworded, 3 screenshots moved;"
        + " 9 edits applied, 1 orphaned", changes.summary());
  }

  @Test
  void aNewerModelShiftingAndRewordingStepsPairsThemAll() {
    SopDocument before = ReviewedSopAccess.generated();
    SopDocument after = ReviewedSopAccess.shifted();

    SopChanges changes = SopDiff.between(before, after, true, "2026-02-01T00:00:00Z");

    assertTrue(changes.added().isEmpty(), changes.added().toString());
    assertTrue(changes.removed().isEmpty(), changes.removed().toString());
    assertEquals(List.of("Click New Lead.|Click the New Lead button.", "Press Save.|Click Save."),
        changes.reworded().stream().map(r -> r.before() + "|" + r.after()).toList());
    assertEquals(6, changes.screenshotMoved().size()); // every screenshot a second later
    assertNull(changes.title());
    assertEquals("2 steps reworded, 6 screenshots moved", changes.summary());
  }

  @Test
  void theSameSopHasNoChange() {
    SopDocument sop = ReviewedSopAccess.generated();
    SopChanges changes = SopDiff.between(sop, sop, true, "2026-02-01T00:00:00Z");
    assertFalse(changes.changed());
    assertEquals("no change", changes.summary());
  }
}

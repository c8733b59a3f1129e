package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.util.List;

/**
 * What a reviewer writes into {@code edits.json} after reading a SOP: every kind of edit, each on a
 * step named by its start and instruction as the SOP showed them, and one edit about a step the
 * recording does not have. {@link #checkApplied} checks a SOP made with them.
 */
record ReviewerEdits(SopDocument reviewed, String json) {
  static final String TITLE = "Create a lead (reviewed)";
  static final String REWORDED = "Save the new lead with the Save button.";
  static final String NOTE = "The form keeps what you typed if you leave it.";
  static final String WARNING = "Saving notifies the sales team.";
  static final String SECOND_PART = "Check the saved lead.";
  static final String ORPHAN = "Frobnicate the quux.";
  /** Deleted, merged and split away, added by the split: a SOP of n steps keeps n - 1. */
  static final int STEPS_LOST = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Edits of a SOP with at least six steps. */
  static ReviewerEdits of(SopDocument sop) {
    List<Step> steps = sop.steps();
    assertTrue(steps.size() >= 6, "the fixture SOP needs six steps to review, has " + steps.size());
    ObjectNode root = JSON.createObjectNode().put("schemaVersion", 1).put("title", TITLE);
    ArrayNode edits = root.putArray("steps");
    edit(edits, steps.get(0)).put("delete", true);
    edit(edits, steps.get(1)).put("note", NOTE);
    edit(edits, steps.get(1)).put("screenshotAt", movedShot(steps.get(1)));
    edit(edits, steps.get(2)).put("mergeWithNext", true);
    edit(edits, steps.get(4)).put("instruction", REWORDED);
    edit(edits, steps.get(4)).put("warning", WARNING);
    Step split = steps.get(5);
    edit(edits, split).putObject("split").put("at", (split.start() + split.end()) / 2).put("instruction", SECOND_PART);
    ObjectNode orphan = edits.addObject();
    orphan.putObject("match").put("time", steps.get(3).start()).put("instruction", ORPHAN);
    orphan.put("note", "This step is not in the recording.");
    return new ReviewerEdits(sop, root.toPrettyString());
  }

  /** The second step's screenshot, moved to a moment inside it that is not its screenshot's. */
  static double movedShot(Step step) {
    return Math.round((step.start() + 0.25) * 1000) / 1000.0;
  }

  private static ObjectNode edit(ArrayNode edits, Step step) {
    ObjectNode edit = edits.addObject();
    edit.putObject("match").put("time", step.start()).put("instruction", step.instruction());
    return edit;
  }

  /** The SOP shows every edit, and the one that found no step as orphaned. */
  void checkApplied(SopDocument sop) {
    List<Step> before = reviewed.steps();
    assertEquals(TITLE, sop.title());
    assertEquals(before.size() - STEPS_LOST, sop.steps().size(), "steps of " + sop.steps());
    assertFalse(sop.steps().stream().anyMatch(s -> s.instruction().equals(before.get(0).instruction())
        && Math.abs(s.start() - before.get(0).start()) < 0.01), "the first step is deleted");
    Step noted = sop.steps().get(0);
    assertEquals(List.of(NOTE), noted.notes());
    assertEquals(movedShot(before.get(1)), noted.screenshot().time(), 1e-9);
    assertEquals(before.get(2).instruction() + " " + before.get(3).instruction(), sop.steps().get(1).instruction());
    Step reworded = sop.steps().get(2);
    assertEquals(REWORDED, reworded.instruction());
    assertEquals(List.of(WARNING), reworded.warnings());
    assertEquals(SECOND_PART, sop.steps().get(4).instruction());
    assertEquals((before.get(5).start() + before.get(5).end()) / 2, sop.steps().get(4).start(), 1e-9);
    assertEquals(1, sop.edits().orphaned().size(), sop.edits().orphaned().toString());
    assertTrue(sop.edits().orphaned().get(0).edit().contains(ORPHAN));
    assertEquals(8, sop.edits().applied().size(), sop.edits().applied().toString());
  }
}

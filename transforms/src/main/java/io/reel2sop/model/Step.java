package io.reel2sop.model;

import java.util.List;

/**
 * One numbered step of a SOP. {@code highlight} is where on the screenshot the action happened, or
 * null; {@code confidence} in [0, 1] is the speech recogniser's confidence for the narration (1.0 for
 * a sidecar transcript, and for steps made from scene changes alone). {@code target} is the element
 * acted on as the screen names it, or null when none was found; {@code number} is the step's place
 * in its section ("2.1": the first step of the second section).
 *
 * <p>A reviewer's {@code edits.json} can add {@code notes} and {@code warnings} to a step; {@code
 * edits} says what the reviewer's edits changed on it ("reworded", "merged with the next step"), empty
 * for a step as reel2sop made it. All three are empty lists, never null (and absent from documents
 * written before they existed).
 */
public record Step(
    int index,
    String instruction,
    String narration,
    double start,
    double end,
    Screenshot screenshot,
    Region highlight,
    double confidence,
    Target target,
    String number,
    List<String> notes,
    List<String> warnings,
    List<String> edits) {

  public Step {
    number = number == null || number.isBlank() ? String.valueOf(index) : number; // version 1 had none
    notes = notes == null ? List.of() : List.copyOf(notes);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    edits = edits == null ? List.of() : List.copyOf(edits);
  }

  /** A step as reel2sop made it: no reviewer's notes, warnings or edits. */
  public Step(int index, String instruction, String narration, double start, double end, Screenshot screenshot,
      Region highlight, double confidence, Target target, String number) {
    this(index, instruction, narration, start, end, screenshot, highlight, confidence, target, number, List.of(),
        List.of(), List.of());
  }

  /** A step outside any section, with no target named. */
  public Step(int index, String instruction, String narration, double start, double end, Screenshot screenshot,
      Region highlight, double confidence) {
    this(index, instruction, narration, start, end, screenshot, highlight, confidence, null, String.valueOf(index));
  }

  /** The same step at another place: its index, number and screenshot. */
  public Step renumbered(int newIndex, String newNumber, Screenshot newScreenshot) {
    return new Step(newIndex, instruction, narration, start, end, newScreenshot, highlight, confidence, target,
        newNumber, notes, warnings, edits);
  }

  /** The same step with its screenshot at {@code path} (the time unchanged). */
  public Step withScreenshotPath(String path) {
    return renumbered(index, number, new Screenshot(path, screenshot.time()));
  }
}

package io.reel2sop.model;

/**
 * One numbered step of a SOP. {@code highlight} is where on the screenshot the action happened, or
 * null; {@code confidence} in [0, 1] is the speech recogniser's confidence for the narration (1.0 for
 * a sidecar transcript, and for steps made from scene changes alone). {@code target} is the element
 * acted on as the screen names it, or null when none was found; {@code number} is the step's place
 * in its section ("2.1": the first step of the second section).
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
    String number) {

  public Step {
    number = number == null || number.isBlank() ? String.valueOf(index) : number; // version 1 had none
  }

  /** A step outside any section, with no target named. */
  public Step(int index, String instruction, String narration, double start, double end, Screenshot screenshot,
      Region highlight, double confidence) {
    this(index, instruction, narration, start, end, screenshot, highlight, confidence, null, String.valueOf(index));
  }
}

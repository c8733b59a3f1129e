package io.reel2sop.model;

/**
 * One numbered step of a SOP. {@code highlight} is where on the screenshot the action happened, or
 * null; {@code confidence} in [0, 1] is the speech recogniser's confidence for the narration (1.0 for
 * a sidecar transcript, and for steps made from scene changes alone).
 */
public record Step(
    int index,
    String instruction,
    String narration,
    double start,
    double end,
    Screenshot screenshot,
    Region highlight,
    double confidence) {}

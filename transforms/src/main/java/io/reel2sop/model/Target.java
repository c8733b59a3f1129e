package io.reel2sop.model;

/**
 * The element a step acted on, as the screen names it.
 *
 * @param label its text as the screen spells it ("Save access")
 * @param box where that text is on the screenshot's frame, in video pixels
 * @param source how it was found: {@code "narration"} (the narration names text on the screen
 *     there), {@code "pointer"} (the text under the mouse pointer where it stopped before the action,
 *     when the narration names another element away from it), or {@code "screen"} (the text next to
 *     what changed or to the pointer, where nothing said names it)
 */
public record Target(String label, Region box, String source) {}

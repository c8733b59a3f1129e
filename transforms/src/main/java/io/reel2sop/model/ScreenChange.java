package io.reel2sop.model;

/**
 * Something on the screen changed and then stood still again: the frames from the last settled
 * frame before it ({@code before}) to the first settled frame after it ({@code settled}). Whether
 * it is a new screen (a page, a modal, a tab) or the same screen updated is decided later, from
 * what the two settled frames show; scene analysis only says how it moved.
 *
 * @param before time of the last settled frame before the change
 * @param start time of the first frame that differs from it
 * @param readable time of the first frame that shows most of the new state (a fade or a slide is
 *     half-way; an instant change is the frame itself)
 * @param settled time of the first frame of the still period after it
 * @param kind how the screen moved
 * @param area fraction of the screen that differs between {@code before} and {@code settled}
 * @param changed box of what differs between them, in video pixels; null when nothing remains
 *     changed
 */
public record ScreenChange(
    double before, double start, double readable, double settled, Kind kind, double area, Region changed) {

  /** How the screen moved from one settled state to the next. */
  public enum Kind {
    /** Content appeared, disappeared or was replaced: a candidate new screen. */
    REPLACED,
    /** Content moved up or down (a scroll), in every frame of the change. */
    SCROLLED,
    /** A block opened or closed in place, pushing what follows down or pulling it up. */
    EXPANDED,
    /** Whatever moved came back: nothing differs once the screen is still (a hover, a toast). */
    TRANSIENT,
    /** Motion that never settled for long (a video or an animation playing on the screen). */
    MOTION
  }
}

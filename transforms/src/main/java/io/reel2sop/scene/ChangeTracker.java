package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.Region;
import io.reel2sop.model.ScreenChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the screen from one still state to the next: a change starts with the first frame that
 * differs by more than a cursor or a caret would, and ends once the screen has stayed still for
 * {@code settleSeconds}. Each change is then described by how it moved (replaced, scrolled, opened
 * in place, came back) and what differs between the still frames on either side, on a grid of
 * cells half the size of the cut detector's, fine enough for a wizard page on a large screen.
 * Holds the frames of the change in progress only (a few seconds at most).
 */
final class ChangeTracker {
  /** A change moving for longer than this is motion (a video playing in the app), not a step. */
  private static final double MAX_CHANGE_SECONDS = 3.0;
  /** Frames whose each step is a shift, from this many on, are a scroll; fewer, a block opening. */
  private static final int SCROLL_STEPS = 3;
  /** The new state is readable once at most this share of the final difference is left to come. */
  private static final double READABLE_REMAINDER = 0.5;

  private final SceneSettings settings;
  private final CellGrid grid;
  private final FrameDiffer differ;
  private final ShiftMatch shifts;
  private final int videoWidth;
  private final int videoHeight;
  private final List<ScreenChange> changes = new ArrayList<>();

  /** The change in progress, or null while the screen is still. */
  private Change open;

  private static final class Change {
    final GreyFrame before;
    final double start;
    final List<GreyFrame> frames = new ArrayList<>();
    int movingSteps;
    int shiftedSteps;
    boolean motion;
    GreyFrame stillSince;

    Change(GreyFrame before, double start) {
      this.before = before;
      this.start = start;
    }
  }

  ChangeTracker(SceneSettings settings, int thumbWidth, int thumbHeight, int videoWidth, int videoHeight) {
    this.settings = settings;
    this.grid = new CellGrid(thumbWidth, thumbHeight, Math.max(2, settings.cellSize() / 2));
    this.differ = new FrameDiffer(grid, settings, false);
    this.shifts = new ShiftMatch(grid, settings.cellThreshold());
    this.videoWidth = videoWidth;
    this.videoHeight = videoHeight;
  }

  void accept(GreyFrame previous, GreyFrame frame) {
    FrameChange step = differ.compare(previous, frame);
    boolean still = step.isQuiet(settings);
    if (open == null) {
      if (!still) {
        open = new Change(previous, frame.time());
        record(open, previous, frame, step);
      }
      return;
    }
    if (still) {
      if (open.stillSince == null) {
        open.stillSince = previous;
      }
      if (frame.time() - open.stillSince.time() >= settings.settleSeconds()) {
        changes.add(describe(open, open.stillSince));
        open = null;
      }
      return;
    }
    open.stillSince = null;
    record(open, previous, frame, step);
  }

  /** Whether a change that started before {@code time} has not settled yet. */
  boolean busyBefore(double time) {
    return open != null && open.start < time;
  }

  /** Every change, in time order; one still in progress ends at the last frame. */
  List<ScreenChange> finish(GreyFrame last) {
    if (open != null) {
      changes.add(describe(open, open.stillSince != null ? open.stillSince : last));
      open = null;
    }
    return List.copyOf(changes);
  }

  private void record(Change change, GreyFrame previous, GreyFrame frame, FrameChange step) {
    if (change.motion) {
      return;
    }
    if (frame.time() - change.start > MAX_CHANGE_SECONDS) {
      change.motion = true;
      change.frames.clear();
      return;
    }
    change.frames.add(frame);
    change.movingSteps++;
    if (step.box() != null && shifts.match(previous, frame, cellBox(step)).explained()) {
      change.shiftedSteps++;
    }
  }

  private ScreenChange describe(Change change, GreyFrame settled) {
    if (change.motion) {
      return new ScreenChange(change.before.time(), change.start, settled.time(), settled.time(),
          ScreenChange.Kind.MOTION, 1.0, new Region(0, 0, videoWidth, videoHeight));
    }
    FrameChange total = differ.compare(change.before, settled);
    if (total.isQuiet(settings) || total.box() == null) {
      return new ScreenChange(change.before.time(), change.start, change.start, settled.time(),
          ScreenChange.Kind.TRANSIENT, total.changedArea(), null);
    }
    if (change.shiftedSteps == change.movingSteps) {
      ScreenChange.Kind kind =
          change.shiftedSteps >= SCROLL_STEPS ? ScreenChange.Kind.SCROLLED : ScreenChange.Kind.EXPANDED;
      return new ScreenChange(change.before.time(), change.start, settled.time(), settled.time(), kind,
          total.changedArea(), grid.toVideo(cellBox(total), videoWidth, videoHeight));
    }
    // Each separate part that changed is judged on its own: a toast fading out at the top does
    // not make an accordion opening below it a replaced screen.
    boolean[] replaced = new boolean[grid.cellCount()];
    for (boolean[] part : ChangedParts.of(grid, total.changedCells())) {
      Region band = grid.box(part);
      boolean moved = shifts.match(change.before, settled, band).explained()
          || shifts.isInPlaceEdit(change.before, settled, band);
      if (!moved) {
        for (int c = 0; c < part.length; c++) {
          replaced[c] |= part[c];
        }
      }
    }
    Region replacedBox = grid.box(replaced);
    if (replacedBox == null) {
      return new ScreenChange(change.before.time(), change.start, settled.time(), settled.time(),
          ScreenChange.Kind.EXPANDED, total.changedArea(), grid.toVideo(cellBox(total), videoWidth, videoHeight));
    }
    return new ScreenChange(change.before.time(), change.start, readable(change, settled, total),
        settled.time(), ScreenChange.Kind.REPLACED, grid.area(replaced),
        grid.toVideo(replacedBox, videoWidth, videoHeight));
  }

  /** The first frame that differs from the settled one by at most half of what changed in all. */
  private double readable(Change change, GreyFrame settled, FrameChange total) {
    for (GreyFrame frame : change.frames) {
      if (frame.time() >= settled.time()
          || differ.compare(frame, settled).rawMean() <= READABLE_REMAINDER * total.rawMean()) {
        return Math.min(frame.time(), settled.time());
      }
    }
    return settled.time();
  }

  /** The cells' box of a change (whole cells: the band a shift is looked for in). */
  private Region cellBox(FrameChange change) {
    return grid.box(change.changedCells());
  }
}

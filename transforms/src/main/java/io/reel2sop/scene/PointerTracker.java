package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.PointerRest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the mouse pointer by what a person sees of it: a small shape that travels, frame after
 * frame, then stops (where it then clicks). A frame whose only change is small is a step of that
 * travel; when a run of such steps that went somewhere ends, the pointer rests at the last one's
 * leading edge. A caret blinking, a character typed or a spinner turning changes a small area too,
 * but in place or in single frames, so it never makes a run that travels. A larger change during
 * the travel (a button lighting up as the pointer enters it) neither ends nor extends the run.
 */
final class PointerTracker {
  /** A frame's change is the pointer's when its box is at most this share of the frame's width. */
  static final double MAX_SHAPE = 0.12;
  /** Frames of travel a run needs. */
  static final int MIN_STEPS = 2;
  /** Thumbnail pixels the run's last second must cover to be travel, not a shape changing in place. */
  static final double MIN_TRAVEL = 3;
  /** Only the last second of a run counts, so a chunk decoding from a few seconds early sees it whole. */
  static final double RUN_SECONDS = 1.0;
  /** How long the pointer stays still to be at rest (a frame repeated by the capture is shorter). */
  static final double STILL_SECONDS = 0.06;
  /** The pointer's size as a share of the frame's width (arrows are 12–20 pixels on 1280–1920). */
  static final double POINTER_SIZE = 0.011;
  /** Fewer changed pixels than this are a sliver of the shape's edge, too little to place it. */
  static final int MIN_PIXELS = 4;
  /** A frame changing more grid cells than this changed more than a pointer could. */
  static final int MAX_CELLS = 6;
  /** Larger changes in a row after which the run is over (a new screen, not a hover). */
  static final int MAX_INTERRUPTIONS = 3;

  private record Move(double time, int x0, int y0, int x1, int y1, int pixels) {
    double cx() {
      return (x0 + x1) / 2.0;
    }

    double cy() {
      return (y0 + y1) / 2.0;
    }
  }

  private final int pixelThreshold;
  private final int maxShape;
  private final double thumbScaleX;
  private final double thumbScaleY;
  private final int pointerSize;
  private final ArrayDeque<Move> run = new ArrayDeque<>();
  private int interruptions;
  private boolean restRecorded;
  private final List<PointerRest> rests = new ArrayList<>();

  PointerTracker(SceneSettings settings, int thumbWidth, int thumbHeight, int videoWidth, int videoHeight) {
    this.pixelThreshold = settings.pixelThreshold();
    this.maxShape = Math.max(3, (int) Math.round(MAX_SHAPE * thumbWidth));
    this.thumbScaleX = videoWidth / (double) thumbWidth;
    this.thumbScaleY = videoHeight / (double) thumbHeight;
    this.pointerSize = Math.max(1, (int) Math.round(POINTER_SIZE * thumbWidth));
  }

  /** {@code change}: how {@code after} differs from {@code before}, to skip still and busy frames unread. */
  void accept(GreyFrame before, GreyFrame after, FrameChange change) {
    if (change.changedCellCount() > MAX_CELLS) {
      interrupted();
      return;
    }
    Move move = change.rawMean() == 0 ? null : changedBox(before, after);
    if (move == null) {
      // A frame the capture repeated mid-travel is no rest: the pointer must stay still a moment.
      if (!run.isEmpty() && after.time() - run.peekLast().time() >= STILL_SECONDS) {
        rest();
        run.clear();
        interruptions = 0;
      }
    } else if (move.pixels() < MIN_PIXELS || !run.isEmpty() && !touches(run.peekLast(), move)) {
      return; // a sliver, or something small elsewhere (a caret blinking while the pointer travels)
    } else if (move.x1() - move.x0() < maxShape && move.y1() - move.y0() < maxShape) {
      run.addLast(move);
      restRecorded = false;
      interruptions = 0;
      while (run.peekFirst().time() < move.time() - RUN_SECONDS) {
        run.removeFirst();
      }
    } else {
      interrupted();
    }
  }

  /** A change larger than the pointer: it may have stopped, and after a few such frames it is lost. */
  private void interrupted() {
    rest();
    if (++interruptions > MAX_INTERRUPTIONS) {
      run.clear();
    }
  }

  /** Whether the pointer began to travel before {@code time} and has not come to rest yet. */
  boolean movingBefore(double time) {
    return !run.isEmpty() && run.peekFirst().time() < time && !restRecorded;
  }

  /** Every rest, in time order. */
  List<PointerRest> finish() {
    rest();
    return List.copyOf(rests);
  }

  private void rest() {
    if (restRecorded || run.size() < MIN_STEPS) {
      return;
    }
    Move first = run.peekFirst();
    Move last = run.peekLast();
    if (Math.hypot(last.cx() - first.cx(), last.cy() - first.cy()) < MIN_TRAVEL) {
      return;
    }
    // The last step's box holds where the pointer was and where it stopped; it stopped at the end
    // it was heading for. Its tip is the shape's top left (an arrow's point, a hand's finger).
    List<Move> moves = new ArrayList<>(run);
    Move from = moves.get(Math.max(0, moves.size() - 3));
    double dx = last.cx() - from.cx();
    double dy = last.cy() - from.cy();
    int x = dx > 0 ? Math.max(last.x0(), last.x1() - pointerSize) : last.x0();
    int y = dy > 0 ? Math.max(last.y0(), last.y1() - 2 * pointerSize) : last.y0();
    rests.add(new PointerRest(last.time(), (int) Math.round(x * thumbScaleX), (int) Math.round(y * thumbScaleY)));
    restRecorded = true;
  }

  /** Whether a step's box is within a shape's size of the step before it: the same thing moving. */
  private boolean touches(Move before, Move move) {
    return move.x0() <= before.x1() + maxShape / 2 && before.x0() <= move.x1() + maxShape / 2
        && move.y0() <= before.y1() + maxShape / 2 && before.y0() <= move.y1() + maxShape / 2;
  }

  /** The box of the pixels that changed clearly, or null when none did. */
  private Move changedBox(GreyFrame before, GreyFrame after) {
    byte[] a = before.luma();
    byte[] b = after.luma();
    int w = after.width();
    int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
    int count = 0;
    for (int y = 0; y < after.height(); y++) {
      for (int i = y * w, x = 0; x < w; i++, x++) {
        if (Math.abs((a[i] & 0xff) - (b[i] & 0xff)) > pixelThreshold) {
          count++;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = y;
        }
      }
    }
    return maxX < 0 ? null : new Move(after.time(), minX, minY, maxX + 1, maxY + 1, count);
  }
}

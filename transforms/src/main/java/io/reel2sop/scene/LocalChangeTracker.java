package io.reel2sop.scene;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.Region;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Groups small-area changes (typing, a hover, a menu) into bursts per screen area. A burst whose
 * frames each changed at most two cells while its area spread in both directions is taken for
 * the mouse cursor travelling and dropped.
 */
final class LocalChangeTracker {
  private static final int CURSOR_MAX_CELLS = 2;

  private final SceneSettings settings;
  private final CellGrid grid;
  private final List<Burst> open = new ArrayList<>();
  private final List<Burst> closed = new ArrayList<>();

  private static final class Burst {
    double start;
    double end;
    Region region;
    int maxCellsPerFrame;
  }

  LocalChangeTracker(SceneSettings settings, CellGrid grid) {
    this.settings = settings;
    this.grid = grid;
  }

  void accept(FrameChange change) {
    closeOlderThan(change.time() - settings.localMergeGap());
    int cells = change.changedCellCount();
    if (cells == 0 || change.box() == null || change.changedArea() > settings.localMaxArea()) {
      return;
    }
    Burst burst = open.stream().filter(b -> near(b.region, change.box())).findFirst().orElse(null);
    if (burst == null) {
      burst = new Burst();
      burst.start = change.time();
      burst.region = change.box();
      open.add(burst);
    }
    burst.end = change.time();
    burst.region = burst.region.union(change.box());
    burst.maxCellsPerFrame = Math.max(burst.maxCellsPerFrame, cells);
  }

  /** Whether a burst that started before {@code time} may still grow. */
  boolean hasOpenChangeBefore(double time) {
    return open.stream().anyMatch(b -> b.start < time);
  }

  /** All bursts in time order, regions in video pixels, after the last frame was accepted. */
  List<LocalChange> finish(int videoWidth, int videoHeight) {
    closeOlderThan(Double.POSITIVE_INFINITY);
    List<LocalChange> result = new ArrayList<>();
    for (Burst b : closed) {
      if (!looksLikeCursor(b)) {
        result.add(new LocalChange(b.start, b.end, grid.toVideo(b.region, videoWidth, videoHeight)));
      }
    }
    result.sort((x, y) -> Double.compare(x.start(), y.start()));
    return result;
  }

  private boolean looksLikeCursor(Burst b) {
    int span = 2 * grid.cellSize;
    return b.maxCellsPerFrame <= CURSOR_MAX_CELLS
        && b.region.width() > span
        && b.region.height() > span;
  }

  private boolean near(Region a, Region b) {
    int m = grid.cellSize;
    return a.x() - m < b.x() + b.width()
        && b.x() < a.x() + a.width() + m
        && a.y() - m < b.y() + b.height()
        && b.y() < a.y() + a.height() + m;
  }

  private void closeOlderThan(double time) {
    for (Iterator<Burst> it = open.iterator(); it.hasNext(); ) {
      Burst b = it.next();
      if (b.end < time) {
        closed.add(b);
        it.remove();
      }
    }
  }
}

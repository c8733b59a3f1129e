package io.reel2sop.scene;

import io.reel2sop.model.Region;
import io.reel2sop.model.SceneCut;

/**
 * A decided cut waiting for the screen to settle: it gathers what changes from the cut until the
 * screen stays unchanged for {@code settleSeconds}.
 */
final class SettlingCut {
  private final SceneSettings settings;
  private final CellGrid grid;
  private final double time;
  private final boolean[] changedCells;
  private Region changedBox;
  private double lastTime;
  private double quietSince = Double.NaN;
  private double settledTime = Double.NaN;

  SettlingCut(SceneSettings settings, CellGrid grid, CutCandidate cut) {
    this.settings = settings;
    this.grid = grid;
    this.time = cut.time();
    this.changedCells = cut.change().changedCells().clone();
    this.changedBox = cut.change().box();
    this.lastTime = cut.time();
  }

  double time() {
    return time;
  }

  boolean isSettled() {
    return !Double.isNaN(settledTime);
  }

  /** Takes the next frame's change; frames up to the cut itself are ignored. */
  void accept(FrameChange change) {
    if (isSettled() || change.time() <= time) {
      return;
    }
    if (change.isQuiet(settings)) {
      if (Double.isNaN(quietSince)) {
        quietSince = lastTime;
      }
      if (change.time() - quietSince >= settings.settleSeconds()) {
        settledTime = quietSince;
      }
    } else {
      quietSince = Double.NaN;
      boolean[] cells = change.changedCells();
      for (int c = 0; c < cells.length; c++) {
        changedCells[c] |= cells[c];
      }
      if (change.box() != null) {
        changedBox = changedBox == null ? change.box() : changedBox.union(change.box());
      }
    }
    lastTime = change.time();
  }

  /** The cut, settled at the latest by {@code limit} (the next cut or the end of the video). */
  SceneCut toSceneCut(double limit, int videoWidth, int videoHeight) {
    double settled = isSettled() ? Math.min(settledTime, limit) : limit;
    Region box = changedBox == null ? new Region(0, 0, grid.width, grid.height) : changedBox;
    return new SceneCut(
        time,
        Math.min(1.0, grid.area(changedCells)),
        Math.max(time, settled),
        grid.toVideo(box, videoWidth, videoHeight));
  }
}

package io.reel2sop.scene;

/** A frame judged to start a new scene, with the change that made it one. */
record CutCandidate(double time, double strength, FrameChange change) {

  /** One candidate for two close ones: the earlier time, the stronger score, both changes. */
  CutCandidate mergedWith(CutCandidate other) {
    FrameChange a = change;
    FrameChange b = other.change;
    boolean[] cells = a.changedCells().clone();
    for (int c = 0; c < cells.length; c++) {
      cells[c] |= b.changedCells()[c];
    }
    var box = a.box() == null ? b.box() : b.box() == null ? a.box() : a.box().union(b.box());
    FrameChange merged =
        new FrameChange(
            Math.min(a.time(), b.time()),
            Math.max(a.rawMean(), b.rawMean()),
            Math.max(a.score(), b.score()),
            Math.max(a.changedArea(), b.changedArea()),
            Math.max(a.boxArea(), b.boxArea()),
            cells,
            box,
            b.contrast());
    return new CutCandidate(Math.min(time, other.time), Math.max(strength, other.strength), merged);
  }
}

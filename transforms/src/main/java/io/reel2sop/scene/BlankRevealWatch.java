package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;

/**
 * Finds content that appears gradually on a settled blank screen (a fade-in from a black title
 * card, a page drawing onto an empty window). Frame-to-frame differences of such a reveal are too
 * small to stand out, so the frames are compared with the blank frame instead; when they differ
 * enough within {@code revealSeconds}, the cut is placed where the change began.
 */
final class BlankRevealWatch {
  private final SceneSettings settings;
  private final FrameDiffer differ;
  private double stillSince = Double.NaN;
  private GreyFrame blank;
  private double onset = Double.NaN;

  BlankRevealWatch(SceneSettings settings, FrameDiffer differ) {
    this.settings = settings;
    this.differ = differ;
  }

  /**
   * Looks at the next frame ({@code change} compares it with the frame before it); returns a cut
   * candidate when a reveal is complete, null otherwise.
   */
  CutCandidate accept(GreyFrame previous, GreyFrame frame, FrameChange change) {
    if (!Double.isNaN(onset)) {
      return watchReveal(frame);
    }
    boolean still = change.isQuiet(settings);
    if (!still) {
      stillSince = Double.NaN;
      if (blank != null) {
        onset = frame.time();
        return watchReveal(frame);
      }
      return null;
    }
    if (Double.isNaN(stillSince)) {
      stillSince = previous.time();
    }
    if (blank == null
        && change.contrast() < settings.blankMaxSd()
        && frame.time() - stillSince >= settings.settleSeconds()) {
      blank = frame;
    } else if (blank != null && differ.compare(blank, frame).rawMean() > settings.quietMaxMean()) {
      // a slow start: quiet from frame to frame, yet drifting away from the blank frame
      onset = frame.time();
      stillSince = Double.NaN;
      return watchReveal(frame);
    }
    return null;
  }

  /** Whether a reveal that began before {@code time} is still being watched. */
  boolean revealingSince(double time) {
    return !Double.isNaN(onset) && onset < time;
  }

  private CutCandidate watchReveal(GreyFrame frame) {
    FrameChange sinceBlank = differ.compare(blank, frame);
    if (sinceBlank.changedArea() >= settings.minCutArea()
        && sinceBlank.boxArea() >= settings.minCutBox()
        && sinceBlank.contrast() >= settings.contentMinSd()) {
      CutCandidate cut = new CutCandidate(onset, sinceBlank.changedArea(), sinceBlank);
      reset();
      return cut;
    }
    if (frame.time() - onset > settings.revealSeconds()) {
      reset();
    }
    return null;
  }

  private void reset() {
    blank = null;
    onset = Double.NaN;
    stillSince = Double.NaN;
  }
}

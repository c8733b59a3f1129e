package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.LocalChange;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SceneCut;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds scene cuts, local changes and the pointer's rests in a stream of grey thumbnails (fed in time order).
 *
 * <p>A frame is a cut candidate when its change covers a large part of the screen, is not a small
 * shift of the previous frame (scroll), and stands out as a spike against the frames on both sides
 * of it (continuous motion, the end of a dissolve and gradual fades do not). Content appearing slowly on a settled blank screen
 * is a candidate too. Candidates closer than {@code minCutGap} merge into the earliest. Memory is
 * bounded: a few recent frames and a few seconds of per-frame scores.
 */
public final class SceneDetector {
  private record Step(GreyFrame before, GreyFrame after, FrameChange change) {}

  private final SceneSettings settings;
  private final int videoWidth;
  private final int videoHeight;
  private CellGrid grid;
  private FrameDiffer differ;
  private ScrollCheck scrollCheck;
  private BlankRevealWatch revealWatch;
  private LocalChangeTracker localChanges;
  private ChangeTracker screenChanges;
  private PointerTracker pointer;

  private GreyFrame previous;
  private long frames;
  private double lastFrameGap;
  private final ArrayDeque<Step> steps = new ArrayDeque<>();
  private final ArrayDeque<FrameChange> history = new ArrayDeque<>();
  private final List<CutCandidate> openCuts = new ArrayList<>();
  private double lastDecidedTime = Double.NEGATIVE_INFINITY;
  private double lastCutTime = Double.NEGATIVE_INFINITY;
  private SettlingCut settling;
  private final List<SceneCut> cuts = new ArrayList<>();

  public SceneDetector(SceneSettings settings, int videoWidth, int videoHeight) {
    if (videoWidth <= 0 || videoHeight <= 0) {
      throw new IllegalArgumentException("bad video size " + videoWidth + "x" + videoHeight);
    }
    this.settings = settings;
    this.videoWidth = videoWidth;
    this.videoHeight = videoHeight;
  }

  public void accept(GreyFrame frame) {
    frames++;
    if (previous == null) {
      start(frame);
      return;
    }
    if (!grid.fits(frame)) {
      throw new IllegalArgumentException(
          "frame size changed to " + frame.width() + "x" + frame.height() + " at " + frame.time());
    }
    lastFrameGap = Math.max(0, frame.time() - previous.time());
    screenChanges.accept(previous, frame);
    FrameChange change = differ.compare(previous, frame);
    pointer.accept(previous, frame, change);
    remember(change);
    if (settling != null) {
      settling.accept(change);
    }
    CutCandidate revealed = revealWatch.accept(previous, frame, change);
    if (revealed != null) {
      propose(revealed);
    }
    steps.addLast(new Step(previous, frame, change));
    if (steps.size() > 2 * settings.spikeWindow() + 1) {
      steps.removeFirst();
    }
    if (steps.size() > settings.spikeWindow()) {
      decide(steps.size() - 1 - settings.spikeWindow());
    }
    previous = frame;
    finalizeCutsBefore(
        Math.min(
            lastDecidedTime - settings.minCutGap(),
            frame.time() - settings.minCutGap() - settings.revealSeconds()));
  }

  /**
   * Whether something that began before {@code time} is still open: a frame not yet judged, a cut
   * candidate not yet final, a cut still settling, a reveal or a local change still going on. A
   * chunk of a recording decodes past its end until nothing it owns is open.
   */
  public boolean busyBefore(double time) {
    return previous != null
        && (lastDecidedTime < time
            || (!openCuts.isEmpty() && openCuts.get(0).time() < time)
            || (settling != null && !settling.isSettled() && settling.time() < time)
            || revealWatch.revealingSince(time)
            || localChanges.hasOpenChangeBefore(time)
            || pointer.movingBefore(time)
            || screenChanges.busyBefore(time));
  }

  public SceneAnalysis finish() {
    if (previous == null) {
      return new SceneAnalysis(List.of(), List.of(), List.of(), frames, 0);
    }
    for (int i = Math.max(0, steps.size() - settings.spikeWindow()); i < steps.size(); i++) {
      decide(i);
    }
    finalizeCutsBefore(Double.POSITIVE_INFINITY);
    if (settling != null) {
      cuts.add(settling.toSceneCut(previous.time(), videoWidth, videoHeight));
      settling = null;
    }
    List<LocalChange> locals = new ArrayList<>();
    for (LocalChange local : localChanges.finish(videoWidth, videoHeight)) {
      if (cuts.stream().noneMatch(c -> local.start() >= c.time() && local.end() <= c.settledTime())) {
        locals.add(local);
      }
    }
    return new SceneAnalysis(
        cuts, locals, screenChanges.finish(previous), pointer.finish(), frames, previous.time() + lastFrameGap);
  }

  private void start(GreyFrame frame) {
    grid = new CellGrid(frame.width(), frame.height(), settings.cellSize());
    differ = new FrameDiffer(grid, settings);
    scrollCheck = new ScrollCheck(grid, settings);
    revealWatch = new BlankRevealWatch(settings, differ);
    localChanges = new LocalChangeTracker(settings, grid);
    screenChanges = new ChangeTracker(settings, frame.width(), frame.height(), videoWidth, videoHeight);
    pointer = new PointerTracker(settings, frame.width(), frame.height(), videoWidth, videoHeight);
    previous = frame;
  }

  /** Keeps the per-frame changes a cut decided late still needs to replay. */
  private void remember(FrameChange change) {
    history.addLast(change);
    double keep = settings.minCutGap() + settings.revealSeconds() + settings.settleSeconds() + 1.0;
    while (history.size() > 4 * settings.spikeWindow()
        && history.peekFirst().time() < change.time() - keep) {
      history.removeFirst();
    }
  }

  private void decide(int index) {
    List<Step> window = new ArrayList<>(steps);
    Step step = window.get(index);
    FrameChange change = step.change();
    lastDecidedTime = change.time();
    double left = lowNeighbourMean(window, index - settings.spikeWindow(), index);
    double right = lowNeighbourMean(window, index + 1, index + 1 + settings.spikeWindow());
    boolean spike = change.score() >= settings.spikeRatio() * Math.max(0.5, Math.max(left, right));
    boolean large =
        (change.changedArea() >= settings.minCutArea() && change.boxArea() >= settings.minCutBox())
            || change.score() >= settings.hardCutScore();
    if (spike
        && large
        && change.score() >= settings.minCutScore()
        && !scrollCheck.explainsByShift(step.before(), step.after(), change)) {
      propose(new CutCandidate(change.time(), change.changedArea(), change));
    } else {
      localChanges.accept(change);
    }
  }

  /**
   * Mean score of the steps in [from, to) that exist, leaving out the largest few so that a change
   * painted over a couple of frames still stands out.
   */
  private double lowNeighbourMean(List<Step> window, int from, int to) {
    double[] scores =
        IntStream.range(Math.max(0, from), Math.min(window.size(), to))
            .mapToDouble(j -> window.get(j).change().score())
            .sorted()
            .toArray();
    int kept = scores.length - settings.spikeOutliers();
    return kept <= 0 ? 0 : Arrays.stream(scores, 0, kept).average().orElse(0);
  }

  private void propose(CutCandidate candidate) {
    if (candidate.time() - lastCutTime < settings.minCutGap()) {
      return; // part of the cut already settling, which gathers its changes anyway
    }
    for (int i = 0; i < openCuts.size(); i++) {
      if (Math.abs(openCuts.get(i).time() - candidate.time()) < settings.minCutGap()) {
        openCuts.set(i, openCuts.get(i).mergedWith(candidate));
        return;
      }
    }
    openCuts.add(candidate);
    openCuts.sort(Comparator.comparingDouble(CutCandidate::time));
  }

  /** Turns open candidates earlier than {@code time} into cuts; no later candidate can join them. */
  private void finalizeCutsBefore(double time) {
    while (!openCuts.isEmpty() && openCuts.get(0).time() < time) {
      CutCandidate candidate = openCuts.remove(0);
      if (candidate.time() - lastCutTime < settings.minCutGap()) {
        continue;
      }
      if (settling != null) {
        cuts.add(settling.toSceneCut(candidate.time(), videoWidth, videoHeight));
      }
      settling = new SettlingCut(settings, grid, candidate);
      for (FrameChange change : history) {
        settling.accept(change);
      }
      lastCutTime = candidate.time();
    }
  }
}

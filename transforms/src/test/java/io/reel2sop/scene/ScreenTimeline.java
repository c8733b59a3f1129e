package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.ScreenChange;
import io.reel2sop.model.TimeChunk;
import java.util.ArrayList;
import java.util.List;

/** Frames at 30 fps built from screen states held for given durations, and their analysis. */
final class ScreenTimeline {
  static final double FPS = 30;
  private final List<GreyFrame> frames = new ArrayList<>();

  /** Shows {@code screen} for {@code frameCount} frames. */
  ScreenTimeline hold(ScreenCanvas screen, int frameCount) {
    GreyFrame shown = null;
    for (int i = 0; i < frameCount; i++) {
      GreyFrame f = shown == null ? screen.frame(time()) : shown;
      shown = f;
      frames.add(new GreyFrame(time(), f.width(), f.height(), f.luma()));
    }
    return this;
  }

  ScreenTimeline seconds(ScreenCanvas screen, double seconds) {
    return hold(screen, (int) Math.round(seconds * FPS));
  }

  double time() {
    return frames.size() / FPS;
  }

  /** Shows each screen for one frame. */
  ScreenTimeline frames(List<ScreenCanvas> screens) {
    screens.forEach(screen -> hold(screen, 1));
    return this;
  }

  SceneAnalysis analyze() {
    SceneDetector detector = detector();
    frames.forEach(detector::accept);
    return detector.finish();
  }

  /** The changes from one still screen to the next. */
  List<ScreenChange> changes() {
    return analyze().changes();
  }

  /**
   * The analysis of one chunk, fed the way {@link RecordingSceneAnalyzer} feeds a decoded chunk:
   * from {@code overlap} before its start, on past its end plus the overlap until nothing that
   * began inside it is open; only what the chunk owns is kept.
   */
  SceneAnalysis analyze(TimeChunk chunk, double overlap) {
    SceneDetector detector = detector();
    double from = chunk.isFirst() ? 0 : Math.max(0, chunk.start() - overlap);
    double until = chunk.isLast() ? Double.POSITIVE_INFINITY : chunk.end() + overlap;
    long owned = 0;
    for (GreyFrame frame : frames) {
      if (frame.time() < from - 1e-9) {
        continue;
      }
      if (frame.time() > until && !detector.busyBefore(chunk.end())) {
        break;
      }
      detector.accept(frame);
      owned += chunk.owns(frame.time()) ? 1 : 0;
    }
    SceneAnalysis all = detector.finish();
    return new SceneAnalysis(
        all.cuts().stream().filter(c -> chunk.owns(c.time())).toList(),
        all.localChanges().stream().filter(c -> chunk.owns(c.start())).toList(),
        all.changes().stream().filter(c -> chunk.owns(c.start())).toList(),
        all.pointerRests().stream().filter(r -> chunk.owns(r.time())).toList(),
        owned,
        all.decodedSeconds());
  }

  private static SceneDetector detector() {
    return new SceneDetector(SceneSettings.defaults(), ScreenCanvas.WIDTH, ScreenCanvas.HEIGHT);
  }
}

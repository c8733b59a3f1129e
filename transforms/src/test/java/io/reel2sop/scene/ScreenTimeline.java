package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.model.SceneAnalysis;
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

  SceneAnalysis analyze() {
    SceneDetector detector =
        new SceneDetector(SceneSettings.defaults(), ScreenCanvas.WIDTH, ScreenCanvas.HEIGHT);
    frames.forEach(detector::accept);
    return detector.finish();
  }
}

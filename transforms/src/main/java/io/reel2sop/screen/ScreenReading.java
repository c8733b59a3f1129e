package io.reel2sop.screen;

import io.reel2sop.ocr.OcrLabel;
import java.util.List;

/**
 * The text on the screen during a still period of the recording, read once at {@code time}
 * (shortly after the period began, see {@link ReadingPlan}): {@code from} and {@code to} bound the
 * period; boxes are in pixels of the {@code width} x {@code height} frame.
 */
public record ScreenReading(double from, double to, double time, int width, int height, List<OcrLabel> labels) {
  public ScreenReading {
    labels = List.copyOf(labels);
  }

  /** Whether the period covers {@code t}. */
  public boolean covers(double t) {
    return t >= from && t < to;
  }
}

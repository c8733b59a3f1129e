package io.reel2sop.sop;

import static io.reel2sop.screen.ScreenText.label;

import io.reel2sop.model.Screenshot;
import io.reel2sop.model.Step;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.screen.ScreenReading;
import io.reel2sop.screen.ScreenText;
import java.util.ArrayList;
import java.util.List;

/** Screens read during a recording, each with or without a page title, and steps on them. */
final class Pages {
  private Pages() {}

  /** A page seen from {@code from} to {@code to} under the app's name: body text, and a large title unless null. */
  static ScreenReading page(double from, double to, String title) {
    List<OcrLabel> labels = new ArrayList<>(List.of(
        label("Harbor Desk", 24, 18, 180, 28),
        label("Subject", 400, 300, 100, 18),
        label("Requester", 700, 300, 130, 18),
        label("Printer on floor three is jammed", 400, 340, 420, 18)));
    if (title != null) {
      labels.add(label(title, 400, 140, 24 * title.length(), 40));
    }
    return ScreenText.reading(from, to, labels.toArray(OcrLabel[]::new));
  }

  /** Step {@code index} from {@code start} to {@code start + 2}, numbered as a step outside sections. */
  static Step step(int index, double start) {
    return new Step(index, "Do step " + index + ".", "do step " + index, start, start + 2,
        new Screenshot(String.format("images/step-%02d.png", index), start + 1), null, 0.9);
  }
}

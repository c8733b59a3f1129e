package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.reel2sop.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Click targets in real recordings: 400x120 cuts of H.264 frames of the dev-set recordings (a
 * second before each click, so the pointer is not over the text yet), read around the target as a
 * caller reads around the pointer. Bold white captions on teal buttons are what the rendered test
 * screens do not show.
 */
class RecordedScreensTest {
  private final OcrEngine engine = SharedEngine.get();

  /** A cut showing {@code target}, centred at ({@code x}, {@code y}) of the cut. */
  record RecordedTarget(String file, String target, int x, int y) {
    @Override
    public String toString() {
      return target;
    }
  }

  static Stream<RecordedTarget> targets() {
    return Stream.of(
        new RecordedTarget("new-ticket.png", "New ticket", 210, 24), // h1_new_ticket_a, step 2
        new RecordedTarget("next.png", "Next", 305, 60), // h1_new_ticket_a, step 6
        new RecordedTarget("high.png", "High", 200, 60), // h1_new_ticket_a, step 7
        new RecordedTarget("notify-requester-by-email.png", "Notify requester by email", 171, 60), // h1, step 9
        new RecordedTarget("resolve-ticket.png", "Resolve ticket", 200, 92), // h2_triage_ticket_a, step 8
        new RecordedTarget("save-access.png", "Save access", 122, 60), // h3_onboarding_access_a, step 11
        new RecordedTarget("copy-link.png", "Copy link", 200, 60), // h4_kb_answer_a, step 5
        new RecordedTarget("confirm-check-out.png", "Confirm check-out", 200, 60), // h5_asset_checkout_a, step 9
        new RecordedTarget("schedule-offboarding.png", "Schedule offboarding", 200, 93)); // h6_offboarding_a, step 8
  }

  @ParameterizedTest
  @MethodSource("targets")
  void readsTheTargetAroundThePointer(RecordedTarget target) throws IOException {
    OcrImage image = load(target.file());
    Region pointer = OcrRegions.around(target.x(), target.y(), ScreenChecks.POINTER_WIDTH, ScreenChecks.POINTER_HEIGHT, image);
    OcrLabel nearest = TextLines.nearest(engine.readLabels(image, pointer), target.x(), target.y());
    assertNotNull(nearest, "nothing read");
    assertEquals(target.target(), nearest.text());
  }

  @ParameterizedTest
  @MethodSource("targets")
  void readsTheTargetInTheWholeCut(RecordedTarget target) throws IOException {
    OcrImage image = load(target.file());
    OcrLabel nearest = TextLines.nearest(engine.readLabels(image), target.x(), target.y());
    assertNotNull(nearest, "nothing read");
    assertEquals(target.target(), nearest.text());
  }

  private static OcrImage load(String file) throws IOException {
    try (InputStream in = RecordedScreensTest.class.getResourceAsStream("recorded/" + file)) {
      assertNotNull(in, "test resource recorded/" + file);
      return TestImages.ocrImage(ImageIO.read(in));
    }
  }
}

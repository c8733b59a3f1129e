package io.reel2sop.ocr;

import static io.reel2sop.ocr.ScreenChecks.assertAllInverted;
import static io.reel2sop.ocr.ScreenChecks.assertMissedAroundPointerAtMost;
import static io.reel2sop.ocr.ScreenChecks.assertReads;
import static io.reel2sop.ocr.ScreenChecks.assertReadsAtLeast;
import static io.reel2sop.ocr.ScreenChecks.readWholeScreen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads rendered web-app screens (1280x720 like the recordings) and checks the labels against what
 * was drawn: text, box within a few pixels, the pass that read it. The shares asserted are what
 * the engine reads today, so a change that reads less fails here.
 */
class OcrEngineTest {
  private final OcrEngine engine = SharedEngine.get();

  @Test
  void readsALightFormWithItsButtons() {
    UiCanvas screen = UiScreens.lightForm(1);
    List<OcrLabel> labels = readWholeScreen(engine, screen, 0);
    assertReads(labels, screen, "New ticket", "Subject", "Requester email", "Select a category",
        "Notify requester by email", "Submit ticket", "Cancel", "Network access", "My queue", "Sign out");
    assertReadsAtLeast(0.95, labels, screen);
    assertAllInverted(true, labels, "Submit ticket");
    assertAllInverted(false, labels, "Cancel");
  }

  @Test
  void readsLightTextOfADarkTheme() {
    UiCanvas screen = UiScreens.darkSettings();
    List<OcrLabel> labels = readWholeScreen(engine, screen, 0);
    assertReads(labels, screen, "Save access", "Confirm check-out", "Discard", "Access requests",
        "Priya Natarajan", "Pending", "Grant the selected people access to the shared drive.");
    assertReadsAtLeast(1.0, labels, screen);
    assertAllInverted(true, labels, "Confirm check-out");
  }

  @Test
  void readsSmallTableTextBesideADarkSidebar() {
    UiCanvas screen = UiScreens.mixedTable();
    List<OcrLabel> labels = readWholeScreen(engine, screen, 0);
    assertReads(labels, screen, "Tickets", "Assets", "Reports", "Open tickets", "New ticket", "Archive",
        "TCK-1042", "Printer jams on floor 3", "Cannot reach VPN", "Reset password for Omar", "Priya Natarajan");
    assertReadsAtLeast(0.75, labels, screen);
  }

  @Test
  void readsAFullHdScreenRecordedAt720pAndCompressed() {
    UiCanvas screen = UiScreens.lightForm(1.5).resized(1280, 720).jpeg(0.5f);
    List<OcrLabel> labels = readWholeScreen(engine, screen, 0);
    assertReads(labels, screen, "Submit ticket", "Cancel", "Requester email", "Notify requester by email");
    assertReadsAtLeast(0.95, labels, screen);
  }

  @Test
  void readsCompressedScreens() {
    UiCanvas light = UiScreens.lightForm(1).jpeg(0.5f);
    List<OcrLabel> lightLabels = readWholeScreen(engine, light, 0);
    assertReads(lightLabels, light, "Submit ticket", "Cancel", "Select a category");
    assertReadsAtLeast(0.95, lightLabels, light);

    UiCanvas dark = UiScreens.darkSettings().jpeg(0.5f);
    List<OcrLabel> darkLabels = readWholeScreen(engine, dark, 1);
    assertReads(darkLabels, dark, "Save access", "Discard", "Access requests");
    assertReadsAtLeast(0.9, darkLabels, dark);

    UiCanvas mixed = UiScreens.mixedTable().jpeg(0.5f);
    List<OcrLabel> mixedLabels = readWholeScreen(engine, mixed, 0);
    assertReads(mixedLabels, mixed, "New ticket", "Cannot reach VPN", "Reports");
    assertReadsAtLeast(0.9, mixedLabels, mixed);
  }

  @Test
  void readsTheLabelUnderThePointer() {
    assertMissedAroundPointerAtMost(0, engine, UiScreens.lightForm(1));
    assertMissedAroundPointerAtMost(0, engine, UiScreens.darkSettings());
    assertMissedAroundPointerAtMost(0, engine, UiScreens.mixedTable());
  }

  @Test
  void readsTheLabelUnderThePointerOnCompressedAndShrunkScreens() {
    assertMissedAroundPointerAtMost(0, engine, UiScreens.lightForm(1.5).resized(1280, 720).jpeg(0.5f));
    assertMissedAroundPointerAtMost(1, engine, UiScreens.darkSettings().jpeg(0.5f));
    assertMissedAroundPointerAtMost(0, engine, UiScreens.mixedTable().jpeg(0.5f));
    // 12 px text shrunk to under 10 px: a 1024x576 recording of a 1280x720 screen
    assertMissedAroundPointerAtMost(1, engine, UiScreens.mixedTable().resized(1024, 576).jpeg(0.6f));
  }

  @Test
  void boxesOfARegionAreInPixelsOfTheWholeImage() {
    UiCanvas screen = UiScreens.darkSettings();
    DrawnText button = screen.texts().stream().filter(t -> t.text().equals("Save access")).findFirst().orElseThrow();
    Region around = OcrRegions.grown(button.ink(), 30, screen.ocrImage());
    List<OcrLabel> labels = engine.readLabels(screen.ocrImage(), around);
    assertEquals(1, labels.size(), labels::toString);
    assertEquals("Save access", labels.get(0).text());
    assertTrue(button.coveredBy(labels.get(0).box(), ScreenChecks.TOLERANCE), labels.get(0).box() + " vs " + button.ink());
  }

  @Test
  void greyInputReadsLikeColourInput() {
    UiCanvas screen = UiScreens.mixedTable();
    OcrImage colour = screen.ocrImage();
    // the same pixels as a padded grey plane, as a decoder with aligned rows hands them over
    int stride = colour.width() + 64;
    byte[] padded = new byte[stride * colour.height()];
    for (int y = 0; y < colour.height(); y++) {
      System.arraycopy(colour.grey(), y * colour.width(), padded, y * stride, colour.width());
    }
    OcrImage grey = OcrImage.fromGrey(padded, colour.width(), colour.height(), stride);
    Region header = new Region(0, 0, 400, 48);
    assertEquals(engine.readWords(colour, header), engine.readWords(grey, header));
  }

  @Test
  void aRegionOutsideTheImageReadsNothing() {
    OcrImage image = UiScreens.lightForm(1).ocrImage();
    assertEquals(List.of(), engine.readWords(image, new Region(2000, 100, 50, 50)));
  }

  @Test
  void withoutTheInvertedPassLightOnDarkTextIsLost() {
    UiCanvas screen = UiScreens.darkSettings();
    try (OcrEngine plainOnly = OcrEngine.open(OcrSettings.defaults().withInvertedPass(false))) {
      List<OcrWord> words = plainOnly.readWords(screen.ocrImage());
      assertTrue(words.stream().noneMatch(OcrWord::inverted));
      assertTrue(words.stream().noneMatch(w -> w.text().equals("Discard")), words::toString);
    }
  }

  @Test
  void aClosedEngineSaysSo() {
    OcrEngine closed = OcrEngine.open();
    closed.close();
    closed.close();
    assertThrows(IllegalStateException.class, () -> closed.readWords(UiScreens.lightForm(1).ocrImage()));
  }
}

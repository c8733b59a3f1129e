package io.reel2sop.ocr;

import io.reel2sop.model.Region;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Times the OCR engine on rendered 1280x720 screens (light, dark, mixed; JPEG-compressed like video
 * frames) and prints median milliseconds: opening an engine, a whole frame, a quarter frame, and the
 * region around the pointer, each with both passes and with the plain pass alone. Image files given
 * as arguments (PNG or JPEG frames of real recordings, which hold much more text than the rendered
 * screens) are timed as whole frames too. Not a test: run it with {@code bench/ocr.sh [frames...]}
 * on an otherwise idle machine.
 */
public final class OcrBenchmark {
  private static final int ROUNDS = Integer.getInteger("rounds", 7);

  public static void main(String[] args) throws IOException {
    List<OcrImage> screens = Stream.of(
            UiScreens.lightForm(1).jpeg(0.6f), UiScreens.darkSettings().jpeg(0.6f), UiScreens.mixedTable().jpeg(0.6f))
        .map(UiCanvas::ocrImage)
        .toList();
    List<OcrImage> frames = new ArrayList<>();
    for (String file : args) {
      frames.add(load(new File(file)));
    }
    System.out.printf("OCR open engine: %.0f ms%n", median(ROUNDS, () -> {
      long start = System.nanoTime();
      OcrEngine.open().close();
      return System.nanoTime() - start;
    }));
    for (boolean inverted : new boolean[] {true, false}) {
      String passes = inverted ? "both passes" : "plain pass only";
      try (OcrEngine engine = OcrEngine.open(OcrSettings.defaults().withInvertedPass(inverted))) {
        System.out.printf("OCR full frame 1280x720, %s: %.0f ms%n", passes,
            time(engine, screens, image -> List.of(image.bounds())));
        System.out.printf("OCR quarter frame 640x360 at 1:1, %s: %.0f ms%n", passes,
            time(engine, screens, image -> List.of(new Region(200, 48, 640, 360))));
        System.out.printf("OCR pointer region %dx%d enlarged x%d, %s: %.1f ms%n", ScreenChecks.POINTER_WIDTH,
            ScreenChecks.POINTER_HEIGHT, OcrSettings.defaults().cropScale(), passes,
            time(engine, screens, OcrBenchmark::pointerRegions));
        if (!frames.isEmpty()) {
          System.out.printf("OCR %d given frames, whole, %s: %.0f ms%n", frames.size(), passes,
              time(engine, frames, image -> List.of(image.bounds())));
        }
      }
    }
  }

  private interface Regions {
    List<Region> of(OcrImage image);
  }

  /** Median ms of reading each region of each image, over {@link #ROUNDS} rounds after one warm-up. */
  private static double time(OcrEngine engine, List<OcrImage> images, Regions regions) {
    List<Long> nanos = new ArrayList<>();
    for (int round = 0; round <= ROUNDS; round++) {
      for (OcrImage image : images) {
        for (Region region : regions.of(image)) {
          long start = System.nanoTime();
          engine.readWords(image, region);
          if (round > 0) {
            nanos.add(System.nanoTime() - start);
          }
        }
      }
    }
    return median(nanos);
  }

  /** Regions where a click might be: on buttons, a menu item, a table cell, a form label. */
  private static List<Region> pointerRegions(OcrImage image) {
    return List.of(
        OcrRegions.around(324, 457, ScreenChecks.POINTER_WIDTH, ScreenChecks.POINTER_HEIGHT, image),
        OcrRegions.around(345, 308, ScreenChecks.POINTER_WIDTH, ScreenChecks.POINTER_HEIGHT, image),
        OcrRegions.around(60, 120, ScreenChecks.POINTER_WIDTH, ScreenChecks.POINTER_HEIGHT, image),
        OcrRegions.around(400, 205, ScreenChecks.POINTER_WIDTH, ScreenChecks.POINTER_HEIGHT, image),
        OcrRegions.around(1180, 85, ScreenChecks.POINTER_WIDTH, ScreenChecks.POINTER_HEIGHT, image));
  }

  private static OcrImage load(File file) throws IOException {
    BufferedImage read = ImageIO.read(file);
    if (read == null) {
      throw new IOException("not an image: " + file);
    }
    return TestImages.ocrImage(read);
  }

  private static double median(int runs, Supplier<Long> nanos) {
    List<Long> all = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      all.add(nanos.get());
    }
    return median(all);
  }

  private static double median(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }
}

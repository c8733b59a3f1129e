package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.reel2sop.model.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same image gives the same words: on one engine, on a fresh one, and on engines of other threads. */
class OcrDeterminismTest {

  @Test
  void theSameImageReadsTheSameEveryTime() {
    OcrImage dark = UiScreens.darkSettings().jpeg(0.5f).ocrImage();
    OcrImage light = UiScreens.lightForm(1).ocrImage();
    Region pointer = OcrRegions.around(345, 308, 300, 90, dark);
    List<OcrWord> first;
    List<OcrWord> firstCrop;
    try (OcrEngine engine = OcrEngine.open()) {
      first = engine.readWords(dark);
      firstCrop = engine.readWords(dark, pointer);
      engine.readWords(light); // whatever an engine read before must not matter
      assertEquals(first, engine.readWords(dark));
      assertEquals(firstCrop, engine.readWords(dark, pointer));
    }
    try (OcrEngine fresh = OcrEngine.open()) {
      assertEquals(first, fresh.readWords(dark));
      assertEquals(firstCrop, fresh.readWords(dark, pointer));
    }
    assertFalse(first.isEmpty());
  }

  @Test
  void enginesOnSeveralThreadsReadAsOneAlone() throws Exception {
    List<OcrImage> screens = List.of(
        UiScreens.lightForm(1).ocrImage(), UiScreens.darkSettings().ocrImage(), UiScreens.mixedTable().jpeg(0.5f).ocrImage());
    List<List<OcrWord>> alone = new ArrayList<>();
    try (OcrEngine engine = OcrEngine.open()) {
      for (OcrImage screen : screens) {
        alone.add(engine.readWords(screen, OcrRegions.around(640, 100, 1280, 240, screen)));
      }
    }
    int threads = 3;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<List<OcrWord>>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          // one engine per thread, as a DoFn's @Setup makes it
          try (OcrEngine engine = OcrEngine.open()) {
            List<List<OcrWord>> read = new ArrayList<>();
            for (int i = 0; i < 2 * screens.size(); i++) {
              OcrImage screen = screens.get((i + offset) % screens.size());
              read.add(engine.readWords(screen, OcrRegions.around(640, 100, 1280, 240, screen)));
            }
            return read;
          }
        }));
      }
      for (int t = 0; t < threads; t++) {
        List<List<OcrWord>> read = results.get(t).get();
        for (int i = 0; i < read.size(); i++) {
          assertEquals(alone.get((i + t) % screens.size()), read.get(i), "thread " + t + ", read " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

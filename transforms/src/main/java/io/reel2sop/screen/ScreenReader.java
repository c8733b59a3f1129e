package io.reel2sop.screen;

import io.reel2sop.media.FramePictures;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.ocr.OcrImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the text of each still period of a recording once, from its last frame. */
public final class ScreenReader {
  private final OcrEngine ocr;

  /** {@code ocr} is used from the calling thread only (an engine is not thread-safe). */
  public ScreenReader(OcrEngine ocr) {
    this.ocr = ocr;
  }

  public List<ScreenReading> read(Path recording, List<ReadingPlan.Period> periods) throws IOException {
    Map<Double, ReadingPlan.Period> byTime = new HashMap<>();
    periods.forEach(p -> byTime.put(p.time(), p));
    List<ScreenReading> readings = new ArrayList<>();
    FramePictures.grey(recording, List.copyOf(byTime.keySet()), (time, luma, width, height) -> {
      ReadingPlan.Period period = byTime.get(time);
      readings.add(new ScreenReading(period.from(), period.to(), time, width, height,
          ocr.readLabels(OcrImage.fromGrey(luma, width, height, width))));
    });
    readings.sort(java.util.Comparator.comparingDouble(ScreenReading::from));
    return readings;
  }
}

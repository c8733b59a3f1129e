package io.reel2sop.screen;

import io.reel2sop.media.FramePictures;
import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.ocr.OcrImage;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.ocr.OcrRegions;
import io.reel2sop.ocr.OcrWord;
import io.reel2sop.ocr.TextLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text of each still period of a recording once. Only the first period is read whole;
 * each later one reads again what changed since the reading before (with a margin, so words cut
 * by its edge are read whole) and keeps the words read before everywhere else: most changes
 * between two steps are small, and recognition time grows with the amount of text read.
 */
public final class ScreenReader {
  /** Pixels added around a changed box before reading it again. */
  static final int MARGIN = 24;
  /** A change over this share of the frame is read whole. */
  static final double READ_WHOLE = 0.5;

  private final OcrEngine ocr;

  /** {@code ocr} is used from the calling thread only (an engine is not thread-safe). */
  public ScreenReader(OcrEngine ocr) {
    this.ocr = ocr;
  }

  public List<ScreenReading> read(Path recording, List<ReadingPlan.Period> periods) throws IOException {
    Map<Double, ReadingPlan.Period> byTime = new HashMap<>();
    periods.forEach(p -> byTime.put(p.time(), p));
    List<ScreenReading> readings = new ArrayList<>();
    List<List<OcrWord>> previous = new ArrayList<>(List.of(List.of()));
    FramePictures.grey(recording, List.copyOf(byTime.keySet()), (time, luma, width, height) -> {
      ReadingPlan.Period period = byTime.get(time);
      OcrImage image = OcrImage.fromGrey(luma, width, height, width);
      List<OcrWord> words = readings.isEmpty() ? ocr.readWords(image) : reread(image, previous.get(0), period.changed());
      previous.set(0, words);
      List<OcrLabel> labels = TextLines.group(words);
      readings.add(new ScreenReading(period.from(), period.to(), time, width, height, labels));
    });
    readings.sort(java.util.Comparator.comparingDouble(ScreenReading::from));
    return readings;
  }

  /** The words of the frame: read again where it changed, as read before elsewhere. */
  private List<OcrWord> reread(OcrImage image, List<OcrWord> before, Region changed) {
    if (changed == null || changed.area() > READ_WHOLE * image.width() * image.height()) {
      return ocr.readWords(image);
    }
    if (changed.area() == 0) {
      return before;
    }
    // Words touching the change come from the new reading (whose margin shows them whole), the
    // others from the one before.
    List<OcrWord> words = new ArrayList<>();
    for (OcrWord word : before) {
      if (!overlaps(word.box(), changed)) {
        words.add(word);
      }
    }
    for (OcrWord word : ocr.readWords(image, OcrRegions.grown(changed, MARGIN, image))) {
      if (overlaps(word.box(), changed)) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean overlaps(Region a, Region b) {
    return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
        && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
  }
}

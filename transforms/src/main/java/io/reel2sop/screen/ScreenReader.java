package io.reel2sop.screen;

import io.reel2sop.media.FramePictures;
import io.reel2sop.media.MediaProbe;
import io.reel2sop.model.MediaInfo;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the text of each still period of a recording once. Only the first period is read whole;
 * each later one reads again what changed since the reading before (with a margin, so words cut
 * by its edge are read whole) and keeps the words read before everywhere else: most changes
 * between two steps are small, and recognition time grows with the amount of text read.
 *
 * <p>With several engines the periods are read in parts on as many threads, each part a stretch
 * of the recording with a decoder of its own. A part starts only at a period that one pass would
 * read whole anyway (where most of the frame changed, or too much to tell what), so the readings
 * are exactly those of one pass whatever the number of engines.
 */
public final class ScreenReader {
  /** Pixels added around a changed box before reading it again. */
  static final int MARGIN = 24;
  /** A change over this share of the frame is read whole. */
  static final double READ_WHOLE = 0.5;

  private final List<OcrEngine> engines;

  /** {@code ocr} is used from the calling thread only (an engine is not thread-safe). */
  public ScreenReader(OcrEngine ocr) {
    this(List.of(ocr));
  }

  /** One thread per engine, each engine used by its thread only. */
  public ScreenReader(List<OcrEngine> engines) {
    if (engines.isEmpty()) {
      throw new IllegalArgumentException("no OCR engine");
    }
    this.engines = List.copyOf(engines);
  }

  public List<ScreenReading> read(Path recording, List<ReadingPlan.Period> periods) throws IOException {
    if (engines.size() == 1) {
      return read(recording, periods, engines.get(0));
    }
    MediaInfo media = MediaProbe.probe(recording);
    List<List<ReadingPlan.Period>> parts = parts(periods, engines.size(), media.width() * (double) media.height());
    if (parts.size() <= 1) {
      return read(recording, periods, engines.get(0));
    }
    ExecutorService threads = Executors.newFixedThreadPool(parts.size());
    try {
      List<Future<List<ScreenReading>>> read = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        List<ReadingPlan.Period> part = parts.get(i);
        OcrEngine ocr = engines.get(i);
        read.add(threads.submit(() -> read(recording, part, ocr)));
      }
      List<ScreenReading> readings = new ArrayList<>();
      for (Future<List<ScreenReading>> part : read) {
        readings.addAll(part.get());
      }
      readings.sort(Comparator.comparingDouble(ScreenReading::from));
      return readings;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("reading the screen failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the screen", e);
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * The periods in time order, cut into at most {@code count} parts of about as many periods each,
   * every part starting with the first period or one that one pass reads whole: its change is not
   * known or covers over {@link #READ_WHOLE} of the frame ({@code frameArea} pixels).
   */
  static List<List<ReadingPlan.Period>> parts(List<ReadingPlan.Period> periods, int count, double frameArea) {
    List<ReadingPlan.Period> ordered = periods.stream().sorted(Comparator.comparingDouble(ReadingPlan.Period::time)).toList();
    List<List<ReadingPlan.Period>> parts = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= ordered.size(); i++) {
      boolean end = i == ordered.size();
      boolean canStart = !end && readsWhole(ordered.get(i).changed(), frameArea);
      // the share of the periods the parts so far should have read, once this one is closed here
      boolean due = i * (long) count >= (parts.size() + 1L) * ordered.size();
      if (end || (canStart && due && parts.size() < count - 1)) {
        parts.add(ordered.subList(from, i));
        from = i;
      }
    }
    return parts;
  }

  /** One pass over {@code periods} with one engine and one decoder. */
  private List<ScreenReading> read(Path recording, List<ReadingPlan.Period> periods, OcrEngine ocr) throws IOException {
    Map<Double, ReadingPlan.Period> byTime = new HashMap<>();
    periods.forEach(p -> byTime.put(p.time(), p));
    List<ScreenReading> readings = new ArrayList<>();
    List<List<OcrWord>> previous = new ArrayList<>(List.of(List.of()));
    FramePictures.grey(recording, List.copyOf(byTime.keySet()), (time, luma, width, height) -> {
      ReadingPlan.Period period = byTime.get(time);
      OcrImage image = OcrImage.fromGrey(luma, width, height, width);
      List<OcrWord> words = readings.isEmpty() ? ocr.readWords(image) : reread(ocr, image, previous.get(0), period.changed());
      previous.set(0, words);
      List<OcrLabel> labels = TextLines.group(words);
      readings.add(new ScreenReading(period.from(), period.to(), time, width, height, labels));
    });
    readings.sort(Comparator.comparingDouble(ScreenReading::from));
    return readings;
  }

  /** The words of the frame: read again where it changed, as read before elsewhere. */
  private static List<OcrWord> reread(OcrEngine ocr, OcrImage image, List<OcrWord> before, Region changed) {
    if (readsWhole(changed, image.width() * (double) image.height())) {
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

  /** A period whose change is not known, or covers most of the frame, is read whole. */
  private static boolean readsWhole(Region changed, double frameArea) {
    return changed == null || changed.area() > READ_WHOLE * frameArea;
  }

  private static boolean overlaps(Region a, Region b) {
    return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
        && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
  }
}

package io.reel2sop.screen;

import io.reel2sop.media.FramePictures;
import io.reel2sop.media.MediaProbe;
import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.scene.RecordingSceneAnalyzer;
import io.reel2sop.scene.SceneSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the CPU-seconds of reading a recording's screen go (issue 16). A benchmark, not a test:
 * {@code OcrCost <recording>} prints the still periods the reading plan reads, how many of them
 * are read whole, and the CPU time of this thread for decoding their frames alone and for the
 * whole reading with one engine (decoding included).
 */
public final class OcrCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private OcrCost() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    MediaInfo media = MediaProbe.probe(file);
    SceneAnalysis scenes =
        new RecordingSceneAnalyzer().analyze(file.toString(), media.width(), media.height(), SceneSettings.defaults());
    List<ReadingPlan.Period> periods =
        ReadingPlan.periods(scenes.changes(), scenes.localChanges(), Math.max(media.durationSeconds(), scenes.decodedSeconds()));
    double frame = media.width() * (double) media.height();
    long whole = periods.stream().filter(p -> p.changed() == null || p.changed().area() > ScreenReader.READ_WHOLE * frame).count();
    double area = periods.stream().filter(p -> p.changed() != null).mapToDouble(p -> Math.min(frame, p.changed().area())).sum();
    System.out.printf("periods=%d readWhole=%d partAreaFrames=%.1f changes=%d%n", periods.size(), whole, area / frame,
        scenes.changes().size());
    long started = THREADS.getCurrentThreadCpuTime();
    FramePictures.grey(file, periods.stream().map(ReadingPlan.Period::time).toList(), (time, luma, width, height) -> {});
    System.out.printf("stage=decode cpu=%.2f%n", (THREADS.getCurrentThreadCpuTime() - started) / 1e9);
    try (OcrEngine ocr = OcrEngine.open()) {
      started = THREADS.getCurrentThreadCpuTime();
      List<ScreenReading> readings = new ScreenReader(ocr).read(file, periods);
      System.out.printf("stage=read cpu=%.2f readings=%d%n", (THREADS.getCurrentThreadCpuTime() - started) / 1e9, readings.size());
    }
  }
}

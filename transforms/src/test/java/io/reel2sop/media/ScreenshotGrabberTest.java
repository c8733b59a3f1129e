package io.reel2sop.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.reel2sop.peer.PeerData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each screenshot is exactly the frame on screen at its time, as a plain decode of every frame in
 * order shows it, although the grabber seeks, walks forward, skips frames far from any shot and
 * splits the shots over several decoders.
 */
class ScreenshotGrabberTest {
  private static final Path SAMPLE = Path.of("../samples/new-lead-walkthrough.mp4");

  @TempDir Path out;

  @Test
  void screenRecordingShotsAreTheFramesOnScreen() throws Exception {
    assertShotsMatchPlainDecoding(SAMPLE, shotTimes(MediaProbe.probe(SAMPLE).durationSeconds(), new Random(1)), 1);
  }

  @Test
  void shotsSplitOverDecodersAreTheSame() throws Exception {
    assertShotsMatchPlainDecoding(SAMPLE, shotTimes(MediaProbe.probe(SAMPLE).durationSeconds(), new Random(2)), 3);
  }

  @Test
  void variableFrameRateShotsAreTheFramesOnScreen() throws Exception {
    Path vfr = PeerData.require("pyscenedetect").resolve("goldeneye-vfr-drop3.mp4");
    assertShotsMatchPlainDecoding(vfr, shotTimes(MediaProbe.probe(vfr).durationSeconds(), new Random(3)), 1);
  }

  /**
   * Times of every kind the cursor handles: the very start (the seek there cannot land before the
   * time), a run on consecutive frames, frame boundaries, short and long jumps, the end.
   */
  private static List<Double> shotTimes(double duration, Random random) {
    List<Double> times = new ArrayList<>(List.of(0.0, 0.01, 0.05, 0.12, duration - 0.05));
    for (double t = 4.0; t < 5.0; t += 1 / 30.0) {
      times.add(t);
    }
    for (double t = 6.0; t < duration - 1; t += 0.3 + random.nextDouble() * 5) {
      times.add(t);
      times.add(Math.round(t * 30) / 30.0);
    }
    return times;
  }

  private void assertShotsMatchPlainDecoding(Path video, List<Double> times, int decoders) throws IOException {
    List<ScreenshotGrabber.Shot> shots = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      shots.add(new ScreenshotGrabber.Shot(times.get(i), out.resolve(decoders + "-" + i + ".png")));
    }
    ScreenshotGrabber.grab(video, shots, decoders);
    List<int[]> expected = framesShownAt(video, times);
    for (int i = 0; i < shots.size(); i++) {
      BufferedImage png = ImageIO.read(shots.get(i).target().toFile());
      assertArrayEquals(expected.get(i), rgb(png), video.getFileName() + " at " + times.get(i) + " s");
    }
  }

  /** Decodes every frame in order and keeps, for each time, the last frame starting by it. */
  private static List<int[]> framesShownAt(Path video, List<Double> times) throws IOException {
    List<Double> sorted = times.stream().sorted().toList();
    Map<Double, int[]> byTime = new HashMap<>();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      grabber.setVideoOption("threads", "1");
      grabber.start();
      VideoClock clock = VideoClock.of(grabber);
      int next = 0;
      Frame shown = null;
      int[] shownPixels = null;
      Frame frame;
      while (next < sorted.size() && (frame = grabber.grabImage()) != null) {
        double start = clock.seconds(frame.timestamp);
        if (start > sorted.get(next) + 0.001) {
          // before the first frame, the video starting after the time shows its first frame
          shownPixels = rgb(converter.convert(shown != null ? shown : frame));
        }
        while (next < sorted.size() && start > sorted.get(next) + 0.001) {
          byTime.put(sorted.get(next++), shownPixels);
        }
        if (shown != null) {
          shown.close();
        }
        shown = frame.clone();
      }
      while (next < sorted.size()) {
        byTime.put(sorted.get(next++), rgb(converter.convert(shown)));
      }
      if (shown != null) {
        shown.close();
      }
    }
    return times.stream().map(byTime::get).toList();
  }

  private static int[] rgb(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}

package io.reel2sop.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.peer.PeerData;
import io.reel2sop.testmedia.Container;
import io.reel2sop.testmedia.MediaFactsReader;
import io.reel2sop.testmedia.MediaSpec;
import io.reel2sop.testmedia.MediaWriter;
import io.reel2sop.testmedia.PlainVideoDecoder;
import io.reel2sop.testmedia.TestCard;
import io.reel2sop.testmedia.VideoCodec;
import io.reel2sop.testmedia.VideoFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
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
  void theSampleStoresH264BFramesOutOfOrder() throws Exception {
    // so the tests above cover H.264 reordering; the fixture generator's H.264 has no B-frames
    assertTrue(MediaFactsReader.read(SAMPLE).video().reorderedPackets() > 100, "B-frames in " + SAMPLE);
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

  @Test
  void bFramesWithDroppedFramesShotsAreTheFramesOnScreen() throws Exception {
    Path video = bFramesWithGaps();
    assertTrue(MediaFactsReader.read(video).video().reorderedPackets() > 100, "frames stored out of order");
    assertShotsMatchPlainDecoding(video, shotTimes(MediaProbe.probe(video).durationSeconds(), new Random(4)), 2);
  }

  /**
   * 20 s of a moving test card at 30 fps as MPEG-4 with two B-frames in a row (the skipping decoder
   * drops those), one frame in seven left out, so frames last one or two periods.
   */
  private Path bFramesWithGaps() throws IOException {
    Path video = out.resolve("b-frames.mp4");
    VideoFormat format = new VideoFormat(640, 360, 30, new VideoCodec.Mpeg4(2_000_000, 2));
    try (MediaWriter writer = MediaWriter.open(video, new MediaSpec(Container.MP4, format, null), null)) {
      for (int n = 0; n < 600; n++) {
        if (n % 7 != 3) {
          writer.frame(TestCard.frame(640, 360, n), n / 30.0);
        }
      }
    }
    return video;
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
    List<BufferedImage> expected = PlainVideoDecoder.framesShownAt(video, times);
    for (int i = 0; i < shots.size(); i++) {
      BufferedImage png = ImageIO.read(shots.get(i).target().toFile());
      assertArrayEquals(rgb(expected.get(i)), rgb(png), video.getFileName() + " at " + times.get(i) + " s");
    }
  }

  private static int[] rgb(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}

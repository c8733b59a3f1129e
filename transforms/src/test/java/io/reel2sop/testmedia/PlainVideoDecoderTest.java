package io.reel2sop.testmedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainVideoDecoderTest {
  @TempDir Path dir;

  @Test
  void theFrameOnScreenIsTheLastOneStartedByTheTime() throws IOException {
    Path file = dir.resolve("gaps.mkv");
    // frames 0, 3 and 10 of the sample, shown at their times and kept until the next; Matroska
    // rounds times to the millisecond, so a frame counts as started a millisecond early
    try (MediaWriter out = MediaWriter.open(file, new MediaSpec(Container.MKV, Samples.h264(), null), null)) {
      for (int n : new int[] {0, 3, 10}) {
        out.frame(Samples.frame(n), n / (double) Samples.FPS);
      }
    }
    List<Double> times = List.of(0.0, 2.9 / 24, 3.0 / 24, 9.9 / 24, 9.99 / 24, 5.0, 0.0);
    List<BufferedImage> shown = PlainVideoDecoder.framesShownAt(file, times);
    int[] expected = {0, 0, 3, 3, 10, 10, 0};
    for (int i = 0; i < times.size(); i++) {
      assertEquals(expected[i], nearestSampleFrame(shown.get(i)), "at " + times.get(i));
    }
    assertSame(shown.get(0), shown.get(6), "one image for one frame");
    assertEquals(10, nearestSampleFrame(PlainVideoDecoder.frameShownAt(file, 1.0)));
  }

  @Test
  void aFileWithoutPicturesCannotBeDecoded() throws IOException {
    Path sound = dir.resolve("sound.mp4");
    MediaWriter.writeSound(sound, Container.MP4, new AudioCodec.Aac(64_000), Samples.tone());
    assertThrows(IOException.class, () -> PlainVideoDecoder.frameTimes(sound));
    Path text = Files.writeString(dir.resolve("text.mp4"), "not a video");
    assertThrows(IOException.class, () -> PlainVideoDecoder.frameTimes(text));
  }

  private static int nearestSampleFrame(BufferedImage picture) {
    byte[] pixels = BgrFrames.of(picture);
    int best = -1;
    double bestDifference = Double.MAX_VALUE;
    for (int n = 0; n <= 10; n++) {
      double difference = Samples.difference(pixels, Samples.frame(n));
      if (difference < bestDifference) {
        bestDifference = difference;
        best = n;
      }
    }
    return best;
  }
}

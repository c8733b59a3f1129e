package io.reel2sop.testmedia;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamCopyTest {
  private static final MediaSpec MP4 = new MediaSpec(Container.MP4, Samples.h264(), new AudioCodec.Aac(64_000));

  @TempDir Path dir;

  @Test
  void remuxingWithFaststartMovesTheIndexFirstAndKeepsEveryFrame() throws IOException {
    Path plain = Samples.write(dir.resolve("plain.mp4"), MP4);
    Path fast = dir.resolve("fast.mp4");
    StreamCopy.remux(plain, fast, true);
    List<String> boxes = Mp4Boxes.topLevel(fast);
    assertTrue(boxes.indexOf("moov") < boxes.indexOf("mdat"), "boxes: " + boxes);
    assertEquals(MediaFactsReader.read(plain), MediaFactsReader.read(fast));
    assertSamePictures(pictures(plain), pictures(fast));
  }

  @Test
  void joiningPlaysTheFilesOneAfterAnother() throws IOException {
    Path part = Samples.write(dir.resolve("part.mp4"), MP4);
    Path joined = dir.resolve("joined.mp4");
    StreamCopy.concat(List.of(part, part, part), joined);

    MediaFacts facts = MediaFactsReader.read(joined);
    assertEquals(3 * Samples.SECONDS, facts.durationSeconds(), 0.05);
    assertEquals(3 * Samples.FRAMES, facts.video().frames());
    List<Double> times = PlainVideoDecoder.frameTimes(joined);
    for (int i = 0; i < times.size(); i++) {
      assertEquals(i / (double) Samples.FPS, times.get(i), 0.001, "frame " + i);
    }
    List<BufferedImage> once = pictures(part);
    List<BufferedImage> thrice = pictures(joined);
    for (int copy = 0; copy < 3; copy++) {
      assertSamePictures(once, thrice.subList(copy * Samples.FRAMES, (copy + 1) * Samples.FRAMES));
    }
    // each part's AAC priming and last-frame padding is decoded too, as after ffmpeg -c copy
    double aacFrame = 1024.0 / Samples.TONE_RATE;
    double heard = PlainAudioDecoder.decode(joined, 16_000).seconds();
    assertTrue(heard >= 3 * Samples.SECONDS && heard <= 3 * Samples.SECONDS + 6 * aacFrame, "sound " + heard + " s");
  }

  @Test
  void filesWithOtherStreamsCannotBeJoined() throws IOException {
    Path a = Samples.write(dir.resolve("a.mp4"), MP4);
    Path b = Samples.write(dir.resolve("b.mp4"), new MediaSpec(Container.MP4, Samples.h264(), null));
    assertThrows(IOException.class, () -> StreamCopy.concat(List.of(a, b), dir.resolve("ab.mp4")));
  }

  private static List<BufferedImage> pictures(Path video) throws IOException {
    List<BufferedImage> all = new ArrayList<>();
    PlainVideoDecoder.forEachFrame(video, (seconds, picture) -> all.add(picture));
    return all;
  }

  private static void assertSamePictures(List<BufferedImage> expected, List<BufferedImage> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(BgrFrames.of(expected.get(i)), BgrFrames.of(actual.get(i)), "frame " + i);
    }
  }
}

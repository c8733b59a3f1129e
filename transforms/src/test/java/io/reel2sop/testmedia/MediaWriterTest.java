package io.reel2sop.testmedia;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files written by the toolkit read back, through FFmpeg, as what was written. */
class MediaWriterTest {
  private static final AudioCodec AAC = new AudioCodec.Aac(64_000);
  private static final AudioCodec OPUS = new AudioCodec.Opus(48_000);

  @TempDir Path dir;

  static Stream<Arguments> flavours() {
    return Stream.of(
        Arguments.of("mp4", new MediaSpec(Container.MP4, Samples.h264(), AAC), "h264", "aac"),
        Arguments.of("mov", new MediaSpec(Container.MOV, Samples.h264(), AAC), "h264", "aac"),
        Arguments.of("mkv", new MediaSpec(Container.MKV, Samples.h264(), OPUS), "h264", "opus"),
        Arguments.of("webm", new MediaSpec(Container.WEBM, Samples.video(new VideoCodec.Vp9(30)), OPUS), "vp9", "opus"),
        Arguments.of("mp4", new MediaSpec(Container.MP4, Samples.h264(), null), "h264", null),
        Arguments.of("mp4", new MediaSpec(Container.MP4, Samples.h264(), AAC).withFaststart(), "h264", "aac"));
  }

  @ParameterizedTest
  @MethodSource("flavours")
  void streamsReadBackWithTheirCodecsSizeRateAndLength(String extension, MediaSpec spec, String video, String audio)
      throws IOException {
    MediaFacts facts = MediaFactsReader.read(Samples.write(dir.resolve("a." + extension), spec));
    assertEquals(Samples.SECONDS, facts.durationSeconds(), 0.05);
    assertEquals(video, facts.video().codec());
    assertEquals(Samples.WIDTH, facts.video().width());
    assertEquals(Samples.HEIGHT, facts.video().height());
    assertEquals(Samples.FRAMES, facts.video().frames());
    assertEquals(Samples.FPS + "/1", facts.video().averageFrameRate());
    assertEquals(0, facts.video().reorderedPackets(), "no B-frames");
    if (audio == null) {
      assertNull(facts.audio());
    } else {
      assertEquals(audio, facts.audio().codec());
      assertEquals(audio.equals("opus") ? 48_000 : Samples.TONE_RATE, facts.audio().sampleRate());
    }
  }

  @ParameterizedTest
  @MethodSource("flavours")
  void everyFrameDecodesAtItsTimeLookingLikeItsPicture(String extension, MediaSpec spec) throws IOException {
    Path file = Samples.write(dir.resolve("a." + extension), spec);
    List<Double> times = new ArrayList<>();
    PlainVideoDecoder.forEachFrame(file, (seconds, picture) -> {
      int n = times.size();
      times.add(seconds);
      byte[] decoded = BgrFrames.of(picture);
      double own = Samples.difference(decoded, Samples.frame(n));
      assertTrue(own < 6, "frame " + n + " differs by " + own);
      for (int other : new int[] {n - 1, n + 1}) {
        assertTrue(own < Samples.difference(decoded, Samples.frame(other)), "frame " + n + " is not frame " + other);
      }
      return true;
    });
    assertEquals(Samples.FRAMES, times.size());
    for (int i = 0; i < times.size(); i++) {
      assertEquals(i / (double) Samples.FPS, times.get(i), 0.001, "time of frame " + i);
    }
  }

  @ParameterizedTest
  @MethodSource("flavours")
  void theToneDecodesInPlaceAndAtItsLevel(String extension, MediaSpec spec) throws IOException {
    if (spec.audio() == null) {
      return;
    }
    Path file = Samples.write(dir.resolve("a." + extension), spec);
    MonoPcm back = PlainAudioDecoder.decode(file, Samples.TONE_RATE);
    assertEquals(Samples.SECONDS, back.seconds(), 0.1);
    short[] sent = Samples.tone().samples();
    int from = Samples.TONE_RATE / 2;
    int length = Samples.TONE_RATE / 2;
    assertEquals(0, bestLag(sent, back.samples(), from, length, 40), "decoded sound starts where it was written");
    assertEquals(rms(sent, from, length), rms(back.samples(), from, length), 0.05 * rms(sent, from, length));
  }

  @Test
  void droppedFramesLeaveTheKeptOnesAtTheirTimes() throws IOException {
    Path file = dir.resolve("vfr.mp4");
    List<Double> kept = List.of(0.0, 1 / 24.0, 5 / 24.0, 6 / 24.0, 20 / 24.0, 21 / 24.0, 40 / 24.0);
    try (MediaWriter out = MediaWriter.open(file, new MediaSpec(Container.MP4, Samples.h264(), null), null)) {
      for (double t : kept) {
        out.frame(Samples.frame((int) Math.round(t * 24)), t);
      }
      out.endVideoAt(Samples.SECONDS);
    }
    List<Double> times = PlainVideoDecoder.frameTimes(file);
    assertEquals(kept.size(), times.size());
    for (int i = 0; i < kept.size(); i++) {
      assertEquals(kept.get(i), times.get(i), 1e-6);
    }
    MediaFacts facts = MediaFactsReader.read(file);
    assertEquals(Samples.SECONDS, facts.durationSeconds(), 1e-3, "the last frame lasts until the end given");
    assertEquals(kept.size(), facts.video().frames());
  }

  @ParameterizedTest
  @MethodSource("flavours")
  void theSameInputGivesTheSameBytes(String extension, MediaSpec spec) throws IOException {
    byte[] first = Files.readAllBytes(Samples.write(dir.resolve("1." + extension), spec));
    byte[] second = Files.readAllBytes(Samples.write(dir.resolve("2." + extension), spec));
    assertArrayEquals(first, second);
  }

  @Test
  void faststartPutsTheIndexBeforeTheMedia() throws IOException {
    MediaSpec plain = new MediaSpec(Container.MP4, Samples.h264(), AAC);
    List<String> normal = Mp4Boxes.topLevel(Samples.write(dir.resolve("plain.mp4"), plain));
    List<String> fast = Mp4Boxes.topLevel(Samples.write(dir.resolve("fast.mp4"), plain.withFaststart()));
    assertTrue(normal.indexOf("mdat") < normal.indexOf("moov"), "without faststart: " + normal);
    assertTrue(fast.indexOf("moov") < fast.indexOf("mdat"), "with faststart: " + fast);
  }

  @Test
  void soundOnlyFileHasAnAacStreamAndNoVideo() throws IOException {
    Path file = dir.resolve("sound.mp4");
    MediaWriter.writeSound(file, Container.MP4, AAC, Samples.tone());
    MediaFacts facts = MediaFactsReader.read(file);
    assertNull(facts.video());
    assertEquals("aac", facts.audio().codec());
    assertEquals(Samples.SECONDS, facts.durationSeconds(), 0.05);
  }

  @Test
  void mpeg4WithBFramesStoresFramesOutOfOrderAndDecodesInOrder() throws IOException {
    Path file = Samples.write(dir.resolve("b.mp4"),
        new MediaSpec(Container.MP4, Samples.video(new VideoCodec.Mpeg4(2_000_000, 2)), null));
    StreamFacts video = MediaFactsReader.read(file).video();
    assertEquals("mpeg4", video.codec());
    assertTrue(video.reorderedPackets() >= Samples.FRAMES / 4, "B-frames stored after the frame they precede");
    assertTrue(video.reorderDepth() > 0, "the decoder reorders");
    List<Double> times = PlainVideoDecoder.frameTimes(file);
    assertEquals(Samples.FRAMES, times.size());
    for (int i = 0; i < times.size(); i++) {
      assertEquals(i / (double) Samples.FPS, times.get(i), 0.001);
    }
  }

  @Test
  void framesMustComeInTimeOrder() throws IOException {
    try (MediaWriter out = MediaWriter.open(dir.resolve("x.mp4"), new MediaSpec(Container.MP4, Samples.h264(), null), null)) {
      out.frame(Samples.frame(0), 0.5);
      assertThrows(IllegalArgumentException.class, () -> out.frame(Samples.frame(1), 0.5));
    }
  }

  /** The shift of {@code b} against {@code a} (within ±{@code reach}) where they match best. */
  private static int bestLag(short[] a, short[] b, int from, int length, int reach) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int lag = -reach; lag <= reach; lag++) {
      double score = 0;
      for (int i = from; i < from + length; i++) {
        score += (double) a[i] * b[i + lag];
      }
      if (score > bestScore) {
        bestScore = score;
        best = lag;
      }
    }
    return best;
  }

  private static double rms(short[] samples, int from, int length) {
    double sum = 0;
    for (int i = from; i < from + length; i++) {
      sum += (double) samples[i] * samples[i];
    }
    return Math.sqrt(sum / length);
  }
}

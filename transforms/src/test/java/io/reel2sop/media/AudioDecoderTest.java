package io.reel2sop.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real FFmpeg on recordings made at test time from the peer speech clips. */
class AudioDecoderTest {
  @TempDir Path dir;

  @Test
  void decodingFromAnywhereGivesExactlyTheSamplesOfTheWholeDecode() throws Exception {
    Path video = AudioFixtures.longPeerNarration();
    Pcm whole = Pcm.decode(video, 0);
    assertEquals(0, whole.first);
    assertTrue(whole.samples.length > 125 * 16_000, "longer than two decoder pieces: " + whole.samples.length);
    // inside the first piece, just before and after a piece border, and in the third piece
    for (double from : new double[] {7.3, 59.99, 60.0, 61.37, 121.5}) {
      Pcm late = Pcm.decode(video, from);
      assertEquals(Math.ceil(Math.floor(from * 44_100) * 16_000 / 44_100), late.first, 0.0, "first sample from " + from);
      assertEquals(whole.end(), late.end(), "end from " + from);
      // past the resampler's reach of the start, every sample is the whole decode's
      int warm = 40;
      assertArrayEquals(Arrays.copyOfRange(whole.samples, (int) late.first + warm, whole.samples.length),
          Arrays.copyOfRange(late.samples, warm, late.samples.length), "samples from " + from);
    }
  }

  @Test
  void theSinkCanStopDecoding() throws Exception {
    long[] delivered = {0};
    long end = AudioDecoder.decode(AudioFixtures.longPeerNarration(), 30, (samples, count, first) -> {
      delivered[0] += count;
      return first + count < 35 * 16_000;
    });
    assertTrue(end >= 35 * 16_000 && end < 36 * 16_000, "stopped at " + end);
    assertEquals(end - 30 * 16_000, delivered[0]);
  }

  @Test
  void aRecordingWithoutSoundHasNoSamples() throws Exception {
    long end = AudioDecoder.decode(AudioFixtures.silentFilm("no-sound.mp4"), (samples, count, first) -> {
      throw new AssertionError("no samples expected");
    });
    assertEquals(0, end);
  }

  @Test
  void aFileThatIsNotMediaIsUnusable() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.mp4"), "not a video at all");
    UnusableRecordingException e = assertThrows(UnusableRecordingException.class,
        () -> AudioDecoder.decode(junk, (samples, count, first) -> true));
    assertTrue(e.getMessage().startsWith("the audio stream cannot be decoded: "), e.getMessage());
  }

  /** A decode's samples, {@code samples[0]} being sample {@code first} of the track. */
  private record Pcm(long first, short[] samples) {
    long end() {
      return first + samples.length;
    }

    static Pcm decode(Path video, double from) throws IOException {
      short[][] all = {new short[1 << 20]};
      int[] length = {0};
      long[] first = {-1};
      long end = AudioDecoder.decode(video, from, (samples, count, start) -> {
        if (first[0] < 0) {
          first[0] = start;
        }
        assertEquals(first[0] + length[0], start, "blocks follow on");
        if (length[0] + count > all[0].length) {
          all[0] = Arrays.copyOf(all[0], 2 * all[0].length);
        }
        System.arraycopy(samples, 0, all[0], length[0], count);
        length[0] += count;
        return true;
      });
      assertEquals(end, first[0] + length[0]);
      return new Pcm(first[0], Arrays.copyOf(all[0], length[0]));
    }
  }
}

package io.reel2sop.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Synthetic speech: voiced tone bursts over faint noise, at known places. */
class SpeechSegmenterTest {
  private static final int RATE = 16_000;
  private static final SpeechSegmenter.Settings SETTINGS = SpeechSegmenter.Settings.defaults();
  /** Bursts of "voice" in seconds; a 0.1 s dip in the long stretch marks where it should be split. */
  private static final double[][] VOICE = {
    {1.0, 2.5}, {3.0, 4.0}, // half a second apart: one segment
    {6.0, 7.2},
    {9.0, 9.02}, // a click: too short to recognise
    {12.0, 18.5}, {18.6, 38.2}, {38.3, 58.9}, {59.0, 70.0} // one long stretch, split near 20, 40, 60 s
  };
  private static final short[] AUDIO = synthesize(75);

  @Test
  void findsTheStretchesOfVoiceWithPaddingAndSplitsLongOnesAtTheirQuietestMoment() throws Exception {
    List<SpeechSegment> segments = segment(0);
    double[][] expected = {{1.0, 4.0}, {6.0, 7.2}, {12.0, 18.5}, {18.5, 38.2}, {38.2, 58.9}, {58.9, 70.0}};
    assertEquals(expected.length, segments.size(), "segments: " + segments);
    for (int i = 0; i < expected.length; i++) {
      SpeechSegment s = segments.get(i);
      double voiceStart = s.voiceStart() / (double) RATE;
      assertEquals(expected[i][0], voiceStart, 0.1, "voice start of " + s);
      boolean afterPause = i < 3;
      double padding = afterPause ? SETTINGS.paddingSeconds() : 0;
      assertEquals(voiceStart - padding, s.start() / (double) RATE, 1e-9, "padded start of " + s);
      boolean beforePause = i != 2 && i != 3 && i != 4;
      assertEquals(expected[i][1] + (beforePause ? SETTINGS.paddingSeconds() : 0), s.end() / (double) RATE, 0.1,
          "end of " + s);
      assertTrue(s.end() - s.start() <= (SETTINGS.splitEverySeconds() + SETTINGS.splitSearchSeconds()
          + SETTINGS.minSplitSeconds() + 2 * SETTINGS.paddingSeconds()) * RATE, "length of " + s);
      assertEquals(0, s.start() % FrameEnergy.FRAME, "whole frames");
      assertEquals(0, s.end() % FrameEnergy.FRAME, "whole frames");
    }
    for (int i = 1; i < segments.size(); i++) {
      assertTrue(segments.get(i).start() >= segments.get(i - 1).end(), "no overlap: " + segments);
    }
  }

  @Test
  void aStreamStartedAnywhereGivesTheSameSegmentsOnceItHasLookedBackFarEnough() throws Exception {
    List<SpeechSegment> whole = segment(0);
    // in silence, in voice, just before a split, inside the long stretch
    for (double start : new double[] {0.77, 2.0, 5.3, 10.004, 15.0, 17.0, 30.77, 50.0, 57.5}) {
      long first = Math.round(start * RATE) + 37;
      long exactFrom = first + Math.round(SETTINGS.lookbackSeconds() * RATE);
      assertEquals(from(whole, exactFrom), from(segment(first), exactFrom), "stream from " + start + " s");
    }
  }

  @Test
  void keepsOnlyABoundedStretchOfAudio() throws Exception {
    long[] worst = {0};
    SpeechSegmenter segmenter = new SpeechSegmenter(SETTINGS, s -> {});
    for (int at = 0; at < AUDIO.length; at += 1000) {
      int count = Math.min(1000, AUDIO.length - at);
      segmenter.accept(java.util.Arrays.copyOfRange(AUDIO, at, at + count), count, at);
      if (segmenter.keepFrom() != Long.MIN_VALUE) {
        worst[0] = Math.max(worst[0], at + count - segmenter.keepFrom());
      }
    }
    assertTrue(worst[0] < 30 * RATE, "kept " + worst[0] / (double) RATE + " s");
  }

  private static List<SpeechSegment> from(List<SpeechSegment> segments, long voiceFrom) {
    return segments.stream().filter(s -> s.voiceStart() >= voiceFrom).toList();
  }

  /** The segments of {@link #AUDIO} fed from sample {@code first} in uneven blocks. */
  private static List<SpeechSegment> segment(long first) throws Exception {
    List<SpeechSegment> segments = new ArrayList<>();
    SpeechSegmenter segmenter = new SpeechSegmenter(SETTINGS, segments::add);
    Random blocks = new Random(first);
    for (int at = (int) first; at < AUDIO.length; ) {
      int count = Math.min(1 + blocks.nextInt(2000), AUDIO.length - at);
      segmenter.accept(java.util.Arrays.copyOfRange(AUDIO, at, at + count), count, at);
      at += count;
    }
    segmenter.finish(AUDIO.length);
    return segments;
  }

  /** Noise at about -64 dBFS, and a buzzing tone at about -20 dBFS with syllable-like swells. */
  private static short[] synthesize(double seconds) {
    Random noise = new Random(1);
    short[] audio = new short[(int) (seconds * RATE)];
    for (int i = 0; i < audio.length; i++) {
      double t = i / (double) RATE;
      double value = noise.nextGaussian() * 20;
      if (voiced(t)) {
        double swell = 0.6 + 0.4 * Math.sin(2 * Math.PI * 4 * t);
        value += 3000 * swell * (Math.sin(2 * Math.PI * 220 * t) + 0.5 * Math.sin(2 * Math.PI * 440 * t));
      }
      audio[i] = (short) Math.round(value);
    }
    return audio;
  }

  private static boolean voiced(double t) {
    for (double[] burst : VOICE) {
      if (t >= burst[0] && t < burst[1]) {
        return true;
      }
    }
    return false;
  }
}

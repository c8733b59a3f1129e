package io.reel2sop.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeededDitherTest {
  @Test
  void theSameAudioGetsTheSameNoiseEveryTime() {
    short[] first = new short[4000];
    short[] second = new short[4000];
    new SeededDither(0).apply(first, first.length);
    new SeededDither(0).apply(second, second.length);
    assertArrayEquals(first, second);
  }

  @Test
  void digitalSilenceGetsAboutOneUnitOfNoiseAndLoudSamplesStayInRange() {
    short[] silence = new short[20_000];
    new SeededDither(0).apply(silence, silence.length);
    double variance = Arrays.stream(toInts(silence)).mapToDouble(v -> v * (double) v).average().orElseThrow();
    assertTrue(variance > 0.8 && variance < 1.4, "variance " + variance);

    short[] loud = {Short.MAX_VALUE, Short.MIN_VALUE, Short.MAX_VALUE, Short.MIN_VALUE};
    new SeededDither(0).apply(loud, loud.length);
    for (short s : loud) {
      assertTrue(Math.abs(s) >= Short.MAX_VALUE - 5, "clipped, not wrapped: " + s);
    }
  }

  @Test
  void onlyTheGivenCountIsTouched() {
    short[] block = new short[10];
    new SeededDither(0).apply(block, 3);
    for (int i = 3; i < block.length; i++) {
      assertEquals(0, block[i]);
    }
  }

  private static int[] toInts(short[] samples) {
    int[] ints = new int[samples.length];
    for (int i = 0; i < samples.length; i++) {
      ints[i] = samples[i];
    }
    return ints;
  }
}

package io.reel2sop.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SincResamplerTest {
  private static final int OUT = 16_000;

  @Test
  void aToneKeepsItsFrequencyAndAmplitudeAtEveryCommonRate() {
    for (int rate : new int[] {8_000, 11_025, 22_050, 32_000, 44_100, 48_000, 96_000}) {
      for (double frequency : new double[] {300, 1000, 3000}) {
        float[] out = resample(tone(rate, frequency, 0.5, 2 * rate), rate, 0);
        assertEquals((int) Math.ceil(2.0 * rate * OUT / rate), out.length, rate + " Hz: output length");
        // away from the ends, the output is the same tone sampled at 16 kHz
        double worst = 0;
        for (int n = 1000; n < out.length - 1000; n++) {
          worst = Math.max(worst, Math.abs(out[n] - 0.5 * Math.sin(2 * Math.PI * frequency * n / OUT)));
        }
        assertTrue(worst < 0.002, rate + " Hz, " + frequency + " Hz tone: error " + worst);
      }
    }
  }

  @Test
  void frequenciesAboveTheNewNyquistAreFilteredOutNotFoldedDown() {
    for (int rate : new int[] {44_100, 48_000}) {
      // 9 kHz would fold to 7 kHz, 12 kHz to 4 kHz
      for (double frequency : new double[] {9000, 12000}) {
        float[] out = resample(tone(rate, frequency, 0.5, rate), rate, 0);
        double peak = 0;
        for (int n = 1000; n < out.length - 1000; n++) {
          peak = Math.max(peak, Math.abs(out[n]));
        }
        assertTrue(peak < 0.5 * 1e-3, rate + " Hz, " + frequency + " Hz tone left " + peak);
      }
    }
  }

  @Test
  void startingAnywhereGivesExactlyTheWholeRunsSamplesOnceWarm() {
    for (int rate : new int[] {44_100, 48_000, 22_050, 8_000, 16_000}) {
      float[] input = noise(rate * 3, rate);
      float[] whole = resample(input, rate, 0);
      for (int from : new int[] {1, 157, 4410, 12_345, rate + 7}) {
        SincResampler late = new SincResampler(rate, OUT, from);
        long first = late.firstOutput();
        float[] part = run(late, Arrays.copyOfRange(input, from, input.length), 1024);
        // outputs past the filter's reach of the late start depend on real input only
        int warm = (int) Math.ceil(late.reach() * (double) OUT / rate) + 1;
        assertArrayEquals(Arrays.copyOfRange(whole, (int) first + warm, whole.length),
            Arrays.copyOfRange(part, warm, part.length), rate + " Hz from input sample " + from);
      }
    }
  }

  @Test
  void blockSizesDoNotMatter() {
    float[] input = noise(44_100 * 2, 3);
    float[] oneGo = run(new SincResampler(44_100, OUT, 0), input, input.length);
    assertArrayEquals(oneGo, run(new SincResampler(44_100, OUT, 0), input, 1));
    assertArrayEquals(oneGo, run(new SincResampler(44_100, OUT, 0), input, 997));
  }

  @Test
  void sixteenKilohertzPassesThroughUnchanged() {
    float[] input = noise(20_000, 5);
    assertArrayEquals(input, resample(input, OUT, 0));
  }

  private static float[] resample(float[] input, int rate, long first) {
    return run(new SincResampler(rate, OUT, first), input, 1024);
  }

  /** Feeds {@code input} in blocks of {@code block} and collects every output sample in order. */
  private static float[] run(SincResampler resampler, float[] input, int block) {
    float[] out = new float[0];
    for (int at = 0; at < input.length; at += block) {
      int count = Math.min(block, input.length - at);
      out = collect(out, resampler, resampler.push(Arrays.copyOfRange(input, at, at + count), count));
    }
    return collect(out, resampler, resampler.finish());
  }

  private static float[] collect(float[] so, SincResampler resampler, int ready) {
    if (ready > 0) {
      assertEquals(resampler.firstOutput() + so.length, resampler.outputStart(), "outputs follow on");
    }
    float[] joined = Arrays.copyOf(so, so.length + ready);
    System.arraycopy(resampler.output(), 0, joined, so.length, ready);
    return joined;
  }

  private static float[] tone(int rate, double frequency, double amplitude, int length) {
    float[] samples = new float[length];
    for (int i = 0; i < length; i++) {
      samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * frequency * i / rate));
    }
    return samples;
  }

  private static float[] noise(int length, long seed) {
    Random random = new Random(seed);
    float[] samples = new float[length];
    for (int i = 0; i < length; i++) {
      samples[i] = (float) (random.nextGaussian() * 0.2);
    }
    return samples;
  }
}

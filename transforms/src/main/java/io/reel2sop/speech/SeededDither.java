package io.reel2sop.speech;

import java.util.SplittableRandom;

/**
 * Adds a tiny Gaussian noise (one unit of 16-bit sound) to the audio before recognition, as Kaldi's
 * own "dither" does: without it stretches of digital silence make the features degenerate and
 * recognition of synthetic or very clean speech gets markedly worse. Kaldi seeds its dither from a
 * process-wide random state, so the same recording came out with different words from run to run;
 * here the noise comes from a fixed seed per recording, so a SOP is reproducible on every runner.
 */
final class SeededDither {
  private static final long SEED = 0x5EED_D17L;
  private static final double STANDARD_DEVIATION = 1.0;

  private final SplittableRandom random = new SplittableRandom(SEED);

  void apply(short[] samples, int count) {
    for (int i = 0; i < count; i++) {
      long noisy = samples[i] + Math.round(nextGaussian() * STANDARD_DEVIATION);
      samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, noisy));
    }
  }

  /** Box-Muller: SplittableRandom has no nextGaussian() before Java 17's RandomGenerator. */
  private double nextGaussian() {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }
}

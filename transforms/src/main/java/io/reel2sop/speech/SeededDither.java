package io.reel2sop.speech;

import java.util.SplittableRandom;

/**
 * Adds a tiny Gaussian noise (one unit of 16-bit sound) to the audio before recognition, as Kaldi's
 * own "dither" does: without it stretches of digital silence make the features degenerate and
 * recognition of synthetic or very clean speech gets markedly worse. Kaldi seeds its dither from a
 * process-wide random state, so the same recording came out with different words from run to run;
 * here the noise comes from a fixed seed and the position of the audio in the recording, so a SOP
 * is reproducible on every runner, however its recording was split between workers.
 */
final class SeededDither {
  private static final long SEED = 0x5EED_D17L;
  private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;
  private static final double STANDARD_DEVIATION = 1.0;

  private final SplittableRandom random;

  /** The noise for audio starting at sample {@code firstSample} of the recording. */
  SeededDither(long firstSample) {
    random = new SplittableRandom(SEED + firstSample * GOLDEN_GAMMA);
  }

  void apply(short[] samples, int count) {
    for (int i = 0; i < count; i++) {
      long noisy = samples[i] + Math.round(nextGaussian() * STANDARD_DEVIATION);
      samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, noisy));
    }
  }

  /**
   * Box-Muller: SplittableRandom has no nextGaussian() before Java 17's RandomGenerator. StrictMath,
   * as Math's log and cos may differ in the last bit between machines.
   */
  private double nextGaussian() {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * Math.PI * v);
  }
}

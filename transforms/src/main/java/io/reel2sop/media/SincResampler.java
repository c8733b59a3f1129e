package io.reel2sop.media;

import java.util.Arrays;

/**
 * Converts a mono stream from one sample rate to another with a Kaiser-windowed sinc filter, one
 * precomputed table row per phase. Output sample {@code n} sits at input position
 * {@code n * inRate / outRate} and is a fixed function of the input samples around that absolute
 * position: the phase comes from the absolute index, never from where the stream was started. So a
 * stream resampled from any point gives exactly the samples of the whole run once past the filter's
 * reach ({@link #reach()} input samples). Input before the first sample pushed, and after the end,
 * counts as silence. Equal rates copy the samples unchanged.
 */
public final class SincResampler {
  /** Zero crossings of the sinc on each side: a transition band of about 1.2 kHz at 16 kHz out. */
  private static final int ZERO_CROSSINGS = 32;
  /** Of the lower Nyquist frequency: 7.6 kHz at 16 kHz out, where Vosk's mel filters stop. */
  private static final double CUTOFF = 0.95;
  private static final double KAISER_BETA = 8.0;
  /** Rates with a very long period (44 101 Hz...) share rows, each at most 1/1024 sample off. */
  private static final int MAX_PHASES = 1024;

  private final long step;
  private final long period;
  private final int phases;
  private final int half;
  private final float[][] rows;
  private final long firstOutput;

  /** Input from {@code inputStart} on that outputs still need. */
  private float[] input;
  private long inputStart;
  private int inputLength;
  private long nextOutput;
  private float[] output = new float[0];
  private long outputStart;

  /** {@code firstInput}: the absolute index of the first sample that will be pushed. */
  public SincResampler(int inRate, int outRate, long firstInput) {
    if (inRate <= 0 || outRate <= 0) {
      throw new IllegalArgumentException("sample rates must be positive: " + inRate + " -> " + outRate);
    }
    long gcd = gcd(inRate, outRate);
    step = inRate / gcd;
    period = outRate / gcd;
    phases = (int) Math.min(period, MAX_PHASES);
    double cutoff = CUTOFF * Math.min(inRate, outRate) / 2.0 / inRate;
    // Equal rates: one tap of weight 1 (the window is zero one sample away), i.e. a plain copy.
    half = inRate == outRate ? 1 : (int) Math.ceil(ZERO_CROSSINGS / (2 * cutoff));
    rows = new float[phases][];
    for (int phase = 0; phase < phases; phase++) {
      rows[phase] = row(phase / (double) phases, cutoff);
    }
    // Silence precedes the first sample: keep the filter's reach of zeros before it.
    inputStart = firstInput - half;
    inputLength = half;
    input = new float[Math.max(4096, 2 * half)];
    firstOutput = Math.floorDiv(firstInput * period + step - 1, step);
    nextOutput = firstOutput;
  }

  /** Input samples on each side of an output's position that it depends on. */
  public int reach() {
    return half;
  }

  /** The absolute index of the first output sample the stream will produce. */
  public long firstOutput() {
    return firstOutput;
  }

  /** Adds input; returns how many output samples are ready in {@link #output()}. */
  public int push(float[] samples, int count) {
    append(samples, count);
    return produce(inputStart + inputLength - half);
  }

  /** The input has ended: returns the last output samples (input past the end counts as silence). */
  public int finish() {
    long end = inputStart + inputLength;
    append(new float[half], half);
    return produce(Math.min(inputStart + inputLength - half, end));
  }

  /** The samples produced by the last {@link #push} or {@link #finish}, from {@link #outputStart()}. */
  public float[] output() {
    return output;
  }

  public long outputStart() {
    return outputStart;
  }

  /** Produces every output whose position lies before {@code limit} (its inputs must all be here). */
  private int produce(long limit) {
    outputStart = nextOutput;
    int count = 0;
    while (true) {
      long numerator = nextOutput * step;
      long base = Math.floorDiv(numerator, period);
      int phase = (int) (Math.floorMod(numerator, period) * phases / period);
      if (base >= limit) {
        break;
      }
      if (count == output.length) {
        output = Arrays.copyOf(output, Math.max(1024, count * 2));
      }
      output[count++] = convolve(rows[phase], (int) (base - inputStart) - half + 1);
      nextOutput++;
    }
    discardBefore(Math.floorDiv(nextOutput * step, period) - half);
    return count;
  }

  /** Four running sums: the same order every time, so the result is the same bit for bit. */
  private float convolve(float[] row, int offset) {
    float a = 0;
    float b = 0;
    float c = 0;
    float d = 0;
    int i = 0;
    for (; i + 3 < row.length; i += 4) {
      a += row[i] * input[offset + i];
      b += row[i + 1] * input[offset + i + 1];
      c += row[i + 2] * input[offset + i + 2];
      d += row[i + 3] * input[offset + i + 3];
    }
    for (; i < row.length; i++) {
      a += row[i] * input[offset + i];
    }
    return (a + b) + (c + d);
  }

  private void append(float[] samples, int count) {
    if (inputLength + count > input.length) {
      input = Arrays.copyOf(input, Math.max(input.length * 2, inputLength + count));
    }
    System.arraycopy(samples, 0, input, inputLength, count);
    inputLength += count;
  }

  private void discardBefore(long index) {
    int drop = (int) Math.max(0, Math.min(inputLength, index - inputStart));
    if (drop > input.length / 2) {
      System.arraycopy(input, drop, input, 0, inputLength - drop);
      inputStart += drop;
      inputLength -= drop;
    }
  }

  /**
   * The taps for an output at {@code fraction} of a sample after an input sample, for the inputs
   * from {@code half - 1} before it to {@code half} after it; normalised so every phase passes a
   * constant level unchanged. StrictMath: workers on different machines build the same tables.
   */
  private float[] row(double fraction, double cutoff) {
    double[] taps = new double[2 * half];
    double sum = 0;
    for (int i = 0; i < taps.length; i++) {
      double t = i - (half - 1) - fraction;
      double x = t / half;
      if (Math.abs(x) < 1) {
        double arg = 2 * cutoff * t;
        double sinc = arg == 0 ? 1 : StrictMath.sin(Math.PI * arg) / (Math.PI * arg);
        taps[i] = sinc * besselI0(KAISER_BETA * StrictMath.sqrt(1 - x * x));
      }
      sum += taps[i];
    }
    float[] row = new float[taps.length];
    for (int i = 0; i < taps.length; i++) {
      row[i] = (float) (taps[i] / sum);
    }
    return row;
  }

  /** The modified Bessel function of order zero (its power series), for the Kaiser window. */
  private static double besselI0(double x) {
    double sum = 1;
    double term = 1;
    for (int k = 1; k < 50 && term > 1e-17 * sum; k++) {
      term *= (x / (2 * k)) * (x / (2 * k));
      sum += term;
    }
    return sum;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}

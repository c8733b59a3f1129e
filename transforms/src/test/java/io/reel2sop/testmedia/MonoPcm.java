package io.reel2sop.testmedia;

/** Mono signed 16-bit samples at {@code sampleRate}. */
public record MonoPcm(int sampleRate, short[] samples) {
  public double seconds() {
    return samples.length / (double) sampleRate;
  }
}

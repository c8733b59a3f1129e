package io.reel2sop.media;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Streams a recording's audio track as 16 kHz mono signed 16-bit PCM, from any moment to the end,
 * with every sample numbered from the track's first: memory stays flat whatever the recording's
 * length. The track is decoded at its own rate ({@link AudioTrack}) and resampled here
 * ({@link SincResampler}) because FFmpeg's resampler starts at a different phase after a seek; so
 * a decode that starts late gives exactly the samples of a whole decode, apart from the resampling
 * filter's reach (a few milliseconds) at its start.
 */
public final class AudioDecoder {
  public static final int SAMPLE_RATE = 16_000;

  /** Receives consecutive PCM blocks; {@code samples} is only valid during the call. */
  @FunctionalInterface
  public interface PcmSink {
    /** {@code first}: the index of {@code samples[0]} in the whole track. False stops decoding. */
    boolean accept(short[] samples, int count, long first) throws IOException;
  }

  private AudioDecoder() {}

  /** The whole track; returns the number of samples. */
  public static long decode(Path file, PcmSink sink) throws IOException {
    return decode(file, 0, sink);
  }

  /**
   * From {@code fromSeconds} into the track to its end, or until the sink stops; returns the index
   * after the last sample delivered (0 without an audio track).
   */
  public static long decode(Path file, double fromSeconds, PcmSink sink) throws IOException {
    try (AudioTrack track = AudioTrack.open(file)) {
      if (!track.hasAudio()) {
        return 0;
      }
      long from = (long) Math.floor(Math.max(0, fromSeconds) * track.sampleRate());
      SincResampler resampler = new SincResampler(track.sampleRate(), SAMPLE_RATE, from);
      Pcm16 pcm = new Pcm16(sink);
      AudioTrack.BlockSink resampling = (samples, count) -> {
        int ready = resampler.push(samples, count);
        return pcm.accept(resampler.output(), ready, resampler.outputStart());
      };
      if (track.read(from, resampling)) {
        int ready = resampler.finish();
        pcm.accept(resampler.output(), ready, resampler.outputStart());
      }
      return pcm.end(resampler.firstOutput());
    } catch (UnusableRecordingException e) {
      throw new UnusableRecordingException("the audio stream cannot be decoded: " + e.getMessage(), e);
    }
  }

  /** Float samples to 16-bit, rounded and clipped, passed on in the sink's terms. */
  private static final class Pcm16 {
    private final PcmSink sink;
    private short[] block = new short[0];
    private long end = -1;

    Pcm16(PcmSink sink) {
      this.sink = sink;
    }

    boolean accept(float[] samples, int count, long first) throws IOException {
      if (count == 0) {
        return true;
      }
      if (block.length < count) {
        block = new short[count];
      }
      for (int i = 0; i < count; i++) {
        long value = Math.round(samples[i] * 32768.0);
        block[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
      }
      end = first + count;
      return sink.accept(block, count, first);
    }

    long end(long firstOutput) {
      return end < 0 ? firstOutput : end;
    }
  }
}

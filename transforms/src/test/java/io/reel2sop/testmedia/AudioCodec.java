package io.reel2sop.testmedia;

import org.bytedeco.ffmpeg.global.avutil;

/** An audio encoder, its bit rate and the sample rate it encodes at. */
public sealed interface AudioCodec {
  /** FFmpeg's name of the encoder. */
  String encoder();

  long bitsPerSecond();

  /** The sample format the encoder takes (an {@code AV_SAMPLE_FMT_*}). */
  int sampleFormat();

  /** The rate the track is encoded at, for input at {@code inputRate}. */
  int sampleRate(int inputRate);

  /** AAC by FFmpeg's own encoder, at {@code sampleRate} or, when 0, at the input's rate. */
  record Aac(long bitsPerSecond, int sampleRate) implements AudioCodec {
    public Aac(long bitsPerSecond) {
      this(bitsPerSecond, 0);
    }

    @Override
    public String encoder() {
      return "aac";
    }

    @Override
    public int sampleFormat() {
      return avutil.AV_SAMPLE_FMT_FLTP;
    }

    @Override
    public int sampleRate(int inputRate) {
      return sampleRate == 0 ? inputRate : sampleRate;
    }
  }

  /**
   * Opus by libopus, always at 48 kHz as Opus is decoded, fed 16-bit samples as the ffmpeg command
   * line feeds it 16-bit input (with float input, speech came out different enough for a word of
   * the fixtures' narration to be misheard).
   */
  record Opus(long bitsPerSecond) implements AudioCodec {
    @Override
    public String encoder() {
      return "libopus";
    }

    @Override
    public int sampleFormat() {
      return avutil.AV_SAMPLE_FMT_S16;
    }

    @Override
    public int sampleRate(int inputRate) {
      return 48_000;
    }
  }
}

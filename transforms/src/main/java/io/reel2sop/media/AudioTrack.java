package io.reel2sop.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * A recording's audio track as mono float samples at the track's own rate, numbered from its first
 * sample (index 0), read from any index onwards. Each sample's index comes from its frame's
 * timestamp; a gap between frames is filled with silence and an overlap dropped.
 *
 * <p>The decoder is restarted, fresh, at every {@link #PIECE_SECONDS}: an AAC decoder's state (the
 * random noise it substitutes for some bands) depends on everything it decoded before, so a decoder
 * that seeked gives slightly different samples than one that decoded from the start. With fresh
 * decoders at fixed places a read from anywhere gives exactly the samples of a whole read, for the
 * price of reopening the file once a minute.
 */
final class AudioTrack implements AutoCloseable {
  static final int PIECE_SECONDS = 60;
  /** The seek aims this early; the samples before a piece are dropped. */
  private static final long SEEK_MARGIN_MICROS = 500_000;
  /**
   * A frame that starts this close to where the one before ended follows on: timestamps in 90 kHz
   * or millisecond units round a frame's start, and a codec's delay (Opus in Matroska) can put it
   * a fraction of a millisecond off; a real gap in the stream is longer.
   */
  private static final double JITTER_SECONDS = 0.002;

  @FunctionalInterface
  interface BlockSink {
    /** Consecutive samples; {@code samples} is only valid during the call. False stops the read. */
    boolean accept(float[] samples, int count) throws IOException;
  }

  /** Decoded mono samples starting at a stream time in microseconds. */
  private record Block(long micros, float[] samples) {}

  private final Path file;
  private final int sampleRate;
  private final long pieceLength;
  private final long originMicros;
  private Decoding decoding;
  /** The first block of piece 0, decoded on opening, not yet read. */
  private Block pending;
  /** Where the current piece's next block should start if it follows on; MIN_VALUE: not known. */
  private long expected = Long.MIN_VALUE;
  private float[] silence = new float[4096];

  private AudioTrack(Path file, Decoding decoding, Block first) {
    this.file = file;
    this.decoding = decoding;
    this.pending = first;
    this.sampleRate = first == null ? 0 : decoding.sampleRate();
    this.pieceLength = (long) PIECE_SECONDS * sampleRate;
    this.originMicros = first == null ? 0 : first.micros();
  }

  /** Opens the file at its first audio sample; {@link #hasAudio()} is false without an audio track. */
  static AudioTrack open(Path file) throws IOException {
    Decoding decoding = Decoding.open(file);
    try {
      return new AudioTrack(file, decoding, decoding == null ? null : decoding.next());
    } catch (RuntimeException e) {
      if (decoding != null) {
        decoding.close();
      }
      throw e;
    }
  }

  boolean hasAudio() {
    return sampleRate > 0;
  }

  int sampleRate() {
    return sampleRate;
  }

  /**
   * Streams the samples from index {@code from} on; returns true at the end of the track, false
   * when the sink stopped the read.
   */
  boolean read(long from, BlockSink sink) throws IOException {
    long piece = from / pieceLength;
    if (piece > 0) {
      openPiece(piece);
    }
    long position = from;
    while (true) {
      long pieceEnd = (piece + 1) * pieceLength;
      Block block = pending != null ? pending : decoding.next();
      pending = null;
      if (block == null) {
        return true;
      }
      int count = block.samples().length;
      long start = indexOf(block);
      // Silence up to this block: a gap in the stream, or a piece whose decoder starts late.
      for (long silenceEnd = Math.min(start, pieceEnd); position < silenceEnd; ) {
        int length = (int) Math.min(silenceEnd - position, silence.length);
        position += length;
        if (!sink.accept(silence, length)) {
          return false;
        }
      }
      long useFrom = Math.max(position, start);
      long useTo = Math.min(start + count, pieceEnd);
      if (useTo > useFrom) {
        int length = (int) (useTo - useFrom);
        float[] used = useFrom == start
            ? block.samples()
            : Arrays.copyOfRange(block.samples(), (int) (useFrom - start), (int) (useFrom - start) + length);
        position = useTo;
        if (!sink.accept(used, length)) {
          return false;
        }
      }
      if (start + count >= pieceEnd) {
        piece++;
        openPiece(piece);
      }
    }
  }

  @Override
  public void close() {
    if (decoding != null) {
      decoding.close();
      decoding = null;
    }
  }

  /** Absolute index of the block's first sample: from its timestamp, or following on within a sample. */
  private long indexOf(Block block) {
    long index = block.micros() == avutil.AV_NOPTS_VALUE
        ? Math.max(0, expected)
        : Math.round((block.micros() - originMicros) * (double) sampleRate / 1e6);
    if (expected != Long.MIN_VALUE && Math.abs(index - expected) <= JITTER_SECONDS * sampleRate) {
      index = expected;
    }
    expected = index + block.samples().length;
    return index;
  }

  /**
   * A fresh decoder for the piece, opened exactly the same way whether the read started there or
   * came to it from an earlier piece: open, decode the first block, seek.
   */
  private void openPiece(long piece) throws IOException {
    close();
    decoding = Decoding.open(file);
    decoding.next();
    long target = originMicros + piece * PIECE_SECONDS * 1_000_000L - SEEK_MARGIN_MICROS;
    decoding.seek(Math.max(originMicros, target));
    expected = Long.MIN_VALUE;
  }

  /** One opened decoder of the audio stream, with its mixer to mono. */
  private static final class Decoding implements AutoCloseable {
    private final MediaInput input;
    private final StreamDecoder decoder;
    private final MonoSamples mono;

    private Decoding(MediaInput input, StreamDecoder decoder, MonoSamples mono) {
      this.input = input;
      this.decoder = decoder;
      this.mono = mono;
    }

    /** Null when the file has no audio stream. */
    static Decoding open(Path file) throws IOException {
      MediaInput input = MediaInput.open(file);
      StreamDecoder decoder = null;
      try {
        if (input.audioStream() < 0) {
          input.close();
          return null;
        }
        decoder = StreamDecoder.open(input, input.audioStream(), false);
        return new Decoding(input, decoder, new MonoSamples(decoder.context()));
      } catch (IOException | RuntimeException e) {
        if (decoder != null) {
          decoder.close();
        }
        input.close();
        throw e;
      }
    }

    int sampleRate() {
      return decoder.context().sample_rate();
    }

    /** The next block with samples, or null at the end. */
    Block next() {
      AVFrame frame;
      while ((frame = decoder.next()) != null) {
        if (frame.nb_samples() > 0) {
          return new Block(decoder.micros(frame), mono.convert(frame));
        }
      }
      return null;
    }

    void seek(long micros) throws IOException {
      decoder.seek(micros);
    }

    @Override
    public void close() {
      mono.close();
      decoder.close();
      input.close();
    }
  }
}

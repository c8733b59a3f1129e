package io.reel2sop.media;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

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
  /** The seek aims this early; javacv decodes up to the target, the samples before a piece are dropped. */
  private static final long SEEK_MARGIN_MICROS = 500_000;
  /** Timestamps in 90 kHz or millisecond units round a frame's start by up to a sample either way. */
  private static final int JITTER = 1;

  @FunctionalInterface
  interface BlockSink {
    /** Consecutive samples; {@code samples} is only valid during the call. False stops the read. */
    boolean accept(float[] samples, int count) throws IOException;
  }

  private final Path file;
  private final int sampleRate;
  private final long pieceLength;
  private final long originMicros;
  private FFmpegFrameGrabber grabber;
  /** The first frame of piece 0, grabbed on opening, not yet read. */
  private Frame pending;
  /** Where the current piece's next frame should start if it follows on; MIN_VALUE: not known. */
  private long expected = Long.MIN_VALUE;
  private float[] block = new float[4096];

  private AudioTrack(Path file, FFmpegFrameGrabber grabber, Frame first) {
    this.file = file;
    this.grabber = grabber;
    this.pending = first;
    this.sampleRate = first == null ? 0 : grabber.getSampleRate();
    this.pieceLength = (long) PIECE_SECONDS * sampleRate;
    this.originMicros = first == null ? 0 : first.timestamp;
  }

  /** Opens the file at its first audio sample; {@link #hasAudio()} is false without an audio track. */
  static AudioTrack open(Path file) throws IOException {
    FFmpegFrameGrabber grabber = start(file);
    try {
      return new AudioTrack(file, grabber, grabber.hasAudio() ? firstFrame(grabber) : null);
    } catch (IOException | RuntimeException e) {
      grabber.close();
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
      Frame frame = pending != null ? pending : grabber.grabSamples();
      pending = null;
      if (frame == null) {
        return true;
      }
      if (frame.samples == null || frame.samples.length == 0) {
        continue;
      }
      FloatBuffer samples = (FloatBuffer) frame.samples[0];
      int count = samples.remaining();
      long start = indexOf(frame, count);
      // Silence up to this frame: a gap in the stream, or a piece whose decoder starts late.
      for (long silenceEnd = Math.min(start, pieceEnd); position < silenceEnd; ) {
        int length = (int) Math.min(silenceEnd - position, block.length);
        Arrays.fill(block, 0, length, 0f);
        position += length;
        if (!sink.accept(block, length)) {
          return false;
        }
      }
      long useFrom = Math.max(position, start);
      long useTo = Math.min(start + count, pieceEnd);
      if (useTo > useFrom) {
        int length = (int) (useTo - useFrom);
        if (block.length < length) {
          block = new float[length];
        }
        samples.get(samples.position() + (int) (useFrom - start), block, 0, length);
        position = useTo;
        if (!sink.accept(block, length)) {
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
  public void close() throws IOException {
    if (grabber != null) {
      grabber.close();
      grabber = null;
    }
  }

  /** Absolute index of the frame's first sample: from its timestamp, or following on within a sample. */
  private long indexOf(Frame frame, int count) {
    long index = Math.round((frame.timestamp - originMicros) * (double) sampleRate / 1e6);
    if (expected != Long.MIN_VALUE && Math.abs(index - expected) <= JITTER) {
      index = expected;
    }
    expected = index + count;
    return index;
  }

  /**
   * A fresh decoder for the piece, opened exactly the same way whether the read started there or
   * came to it from an earlier piece: open, take the first frame, seek.
   */
  private void openPiece(long piece) throws IOException {
    close();
    grabber = start(file);
    firstFrame(grabber);
    long target = piece * PIECE_SECONDS * 1_000_000L - SEEK_MARGIN_MICROS;
    grabber.setAudioTimestamp(Math.max(0, target));
    expected = Long.MIN_VALUE;
  }

  private static FFmpegFrameGrabber start(Path file) throws IOException {
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
    grabber.setAudioChannels(1);
    grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
    try {
      grabber.start();
    } catch (IOException e) {
      grabber.close();
      throw e;
    }
    return grabber;
  }

  private static Frame firstFrame(FFmpegFrameGrabber grabber) throws IOException {
    Frame frame;
    do {
      frame = grabber.grabSamples();
    } while (frame != null && (frame.samples == null || frame.samples.length == 0));
    return frame;
  }
}

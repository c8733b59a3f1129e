package io.reel2sop.media;

import java.io.IOException;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Streams a recording's audio track as 16 kHz mono signed 16-bit PCM, resampled by FFmpeg, in the
 * blocks the decoder produces: memory stays flat whatever the recording's length.
 */
public final class AudioDecoder {
  public static final int SAMPLE_RATE = 16_000;

  /** Receives consecutive PCM blocks; {@code samples} is only valid during the call. */
  @FunctionalInterface
  public interface PcmSink {
    void accept(short[] samples, int count) throws IOException;
  }

  private AudioDecoder() {}

  /** Returns the number of samples delivered. */
  public static long decode(Path file, PcmSink sink) throws IOException {
    FFmpegLogging.capture();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
      grabber.setSampleRate(SAMPLE_RATE);
      grabber.setAudioChannels(1);
      grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
      grabber.start();
      if (!grabber.hasAudio()) {
        return 0;
      }
      long total = 0;
      short[] block = new short[0];
      Frame frame;
      while ((frame = grabber.grabSamples()) != null) {
        if (frame.samples == null || frame.samples.length == 0) {
          continue;
        }
        ShortBuffer buffer = (ShortBuffer) frame.samples[0];
        int count = buffer.remaining();
        if (block.length < count) {
          block = new short[count];
        }
        buffer.get(block, 0, count);
        sink.accept(block, count);
        total += count;
      }
      return total;
    } catch (FrameGrabber.Exception e) {
      throw new UnusableRecordingException("the audio stream cannot be decoded: " + e.getMessage(), e);
    }
  }
}

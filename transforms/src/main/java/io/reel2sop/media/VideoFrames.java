package io.reel2sop.media;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * The decoded pictures of a file's video stream in presentation order, each with its time in
 * recording seconds ({@link VideoClock}). Can seek, and can skip the frames no other frame is
 * predicted from while they are not needed. Not thread-safe.
 */
final class VideoFrames implements AutoCloseable {
  private final MediaInput input;
  private final StreamDecoder decoder;
  private final VideoClock clock;
  private final double frameStep;
  private double lastTime = Double.NaN;
  private boolean skipping;

  private VideoFrames(MediaInput input, StreamDecoder decoder) {
    this.input = input;
    this.decoder = decoder;
    this.clock = VideoClock.of(input);
    double fps = MediaProbe.frameRate(input.stream(input.videoStream()));
    this.frameStep = fps > 0 ? 1 / fps : 1 / 30.0;
  }

  /**
   * Opens the video of {@code file}; {@code forThumbnails} leaves out deblocking of frames nothing
   * is predicted from, which a 7x smaller thumbnail cannot show (a tenth of the decoding).
   */
  static VideoFrames open(Path file, boolean forThumbnails) throws IOException {
    MediaInput input = MediaInput.open(file);
    try {
      if (input.videoStream() < 0) {
        throw new UnusableRecordingException("no video stream in the file");
      }
      return new VideoFrames(input, StreamDecoder.open(input, input.videoStream(), forThumbnails));
    } catch (IOException | RuntimeException e) {
      input.close();
      throw e;
    }
  }

  int width() {
    return parameters().width();
  }

  int height() {
    return parameters().height();
  }

  /** Width of a pixel relative to its height (1 for square pixels). */
  double sampleAspect() {
    AVRational sar = parameters().sample_aspect_ratio();
    return sar.num() > 0 && sar.den() > 0 ? sar.num() / (double) sar.den() : 1.0;
  }

  /** The next picture, or null after the last; owned here and valid until the next call. */
  AVFrame next() {
    return decoder.next();
  }

  /**
   * The picture's time in seconds from the first frame. A frame without a timestamp (rare, damaged
   * streams) follows the one before it by one frame.
   */
  double seconds(AVFrame frame) {
    long micros = decoder.micros(frame);
    double time = micros == avutil.AV_NOPTS_VALUE
        ? (Double.isNaN(lastTime) ? 0 : lastTime + frameStep)
        : clock.seconds(micros);
    lastTime = time;
    return time;
  }

  /** Seeks to the keyframe at or before {@code seconds} (not before the first frame). */
  void seekBefore(double seconds) throws IOException {
    decoder.seek(clock.micros(Math.max(0, seconds)));
    lastTime = Double.NaN;
  }

  /** Whether frames no other frame is predicted from are decoded from now on. */
  void skipNonReference(boolean skip) {
    if (skip != skipping) {
      decoder.context().skip_frame(skip ? avcodec.AVDISCARD_NONREF : avcodec.AVDISCARD_DEFAULT);
      skipping = skip;
    }
  }

  boolean isSkipping() {
    return skipping;
  }

  /** How many frames the decoder holds back to put them in presentation order. */
  int reorderDepth() {
    return decoder.context().has_b_frames();
  }

  private AVCodecParameters parameters() {
    return input.stream(input.videoStream()).codecpar();
  }

  @Override
  public void close() {
    decoder.close();
    input.close();
  }
}

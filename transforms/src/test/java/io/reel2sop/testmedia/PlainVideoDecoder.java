package io.reel2sop.testmedia;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * The reference for what a video shows: every frame of its first video stream decoded in order,
 * single-threaded, nothing seeked or skipped, each with its time in seconds from the stream's
 * start. Independent of the main code's decoders, which tests compare against it.
 */
public final class PlainVideoDecoder {
  /** Takes each frame with its time; returns false to stop. */
  public interface FrameVisitor {
    boolean visit(double seconds, BufferedImage picture) throws IOException;
  }

  /** Takes each decoded frame, valid only during the call, with its time; false to stop. */
  private interface TimedFrameSink {
    boolean accept(double seconds, AVFrame frame) throws IOException;
  }

  private PlainVideoDecoder() {}

  /** Every frame as a BGR image, in presentation order. */
  public static void forEachFrame(Path video, FrameVisitor visitor) throws IOException {
    try (BgrPictures pictures = new BgrPictures()) {
      decode(video, (seconds, frame) -> visitor.visit(seconds, pictures.convert(frame)));
    }
  }

  /** The time of every frame, in presentation order. */
  public static List<Double> frameTimes(Path video) throws IOException {
    List<Double> times = new ArrayList<>();
    decode(video, (seconds, frame) -> times.add(seconds));
    return times;
  }

  /**
   * The frame on screen at each time, in the order given: the last frame starting at or before it
   * (within a millisecond), or the first frame for a time before the video starts. One decode for
   * all the times; a frame shown at several times is the same image.
   */
  public static List<BufferedImage> framesShownAt(Path video, List<Double> times) throws IOException {
    try (BgrPictures pictures = new BgrPictures();
        FramesOnScreen<AVFrame, BufferedImage> onScreen =
            new FramesOnScreen<>(times, pictures::convert, avutil::av_frame_free)) {
      // a clone holds the decoded picture while the decoder moves on
      decode(video, (seconds, frame) -> onScreen.offer(seconds, avutil.av_frame_clone(frame)));
      return onScreen.shownAtEachTime();
    }
  }

  public static BufferedImage frameShownAt(Path video, double seconds) throws IOException {
    return framesShownAt(video, List.of(seconds)).get(0);
  }

  private static void decode(Path video, TimedFrameSink sink) throws IOException {
    try (InputMedia media = InputMedia.open(video)) {
      AVStream stream = media.firstStream(avutil.AVMEDIA_TYPE_VIDEO);
      if (stream == null) {
        throw new IOException("no video stream in " + video);
      }
      PresentationClock clock = new PresentationClock(stream, media);
      DecodePass.run(media, stream.index(), frame -> {
        long pts = frame.pts() != avutil.AV_NOPTS_VALUE ? frame.pts() : frame.best_effort_timestamp();
        return sink.accept(clock.seconds(pts), frame);
      });
    }
  }
}

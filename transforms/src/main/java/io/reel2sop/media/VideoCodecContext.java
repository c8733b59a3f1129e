package io.reel2sop.media;

import java.lang.reflect.Field;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * The video decoder context of a started grabber. javacv keeps it private, and its options can only
 * be set before opening, while frame skipping has to change as decoding goes on.
 */
final class VideoCodecContext {
  private VideoCodecContext() {}

  /** The context, or null when this javacv version does not have it where expected. */
  static AVCodecContext of(FFmpegFrameGrabber grabber) {
    try {
      Field field = FFmpegFrameGrabber.class.getDeclaredField("video_c");
      field.setAccessible(true);
      return field.get(grabber) instanceof AVCodecContext context && !context.isNull() ? context : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}

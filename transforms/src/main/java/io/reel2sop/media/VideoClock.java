package io.reel2sop.media;

import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * Recording time as every stage uses it: seconds from the first frame of the video stream. FFmpeg
 * frame timestamps are absolute and some containers start at an offset (Matroska often at a few
 * milliseconds), so the stream's start is subtracted.
 */
final class VideoClock {
  private final long startMicros;

  private VideoClock(long startMicros) {
    this.startMicros = startMicros;
  }

  /** For a started grabber with a video stream. */
  static VideoClock of(FFmpegFrameGrabber grabber) {
    AVStream stream = grabber.getFormatContext().streams(grabber.getVideoStream());
    long start = stream.start_time();
    if (start != avutil.AV_NOPTS_VALUE) {
      return new VideoClock(Math.round(1e6 * start * stream.time_base().num() / stream.time_base().den()));
    }
    long formatStart = grabber.getFormatContext().start_time();
    return new VideoClock(formatStart == avutil.AV_NOPTS_VALUE ? 0 : formatStart);
  }

  /** Recording time in seconds as a javacv timestamp (microseconds). */
  long micros(double seconds) {
    return startMicros + Math.round(seconds * 1e6);
  }

  /** A frame timestamp (microseconds, as javacv reports it) as recording time in seconds. */
  double seconds(long frameTimestampMicros) {
    return (frameTimestampMicros - startMicros) / 1e6;
  }
}

package io.reel2sop.testmedia;

import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Frame times in seconds from the start of the video stream: its {@code start_time} or, when the
 * stream does not say, the file's; 0 when neither does.
 */
final class PresentationClock {
  private final long streamStart;
  private final double fileStartSeconds;
  private final int num;
  private final int den;

  PresentationClock(AVStream stream, InputMedia media) {
    this.streamStart = stream.start_time();
    this.fileStartSeconds = media.startSeconds();
    this.num = stream.time_base().num();
    this.den = stream.time_base().den();
  }

  /** A timestamp in the stream's time base as seconds from the start. */
  double seconds(long pts) {
    if (streamStart != avutil.AV_NOPTS_VALUE) {
      return (pts - streamStart) * (double) num / den;
    }
    return pts * (double) num / den - fileStartSeconds;
  }
}

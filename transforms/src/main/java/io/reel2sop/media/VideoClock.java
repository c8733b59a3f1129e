package io.reel2sop.media;

import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avutil;

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

  /** For a file with a video stream. */
  static VideoClock of(MediaInput input) {
    AVStream stream = input.stream(input.videoStream());
    long start = stream.start_time();
    if (start != avutil.AV_NOPTS_VALUE) {
      return new VideoClock(Math.round(1e6 * start * stream.time_base().num() / stream.time_base().den()));
    }
    return new VideoClock(input.startMicros());
  }

  /** Recording time in seconds as a stream time in microseconds. */
  long micros(double seconds) {
    return startMicros + Math.round(seconds * 1e6);
  }

  /** A stream time in microseconds as recording time in seconds. */
  double seconds(long streamMicros) {
    return (streamMicros - startMicros) / 1e6;
  }
}

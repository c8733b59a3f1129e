package io.reel2sop.media;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * FFmpeg prints decoder complaints about damaged input straight to stderr. We turn each failure into
 * one clear line of our own, so its own chatter is silenced once per process.
 */
public final class FFmpegLogging {
  private static volatile boolean quiet;

  private FFmpegLogging() {}

  public static void quiet() {
    if (!quiet) {
      avutil.av_log_set_level(avutil.AV_LOG_QUIET);
      quiet = true;
    }
  }
}

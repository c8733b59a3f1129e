package io.reel2sop.media;

import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * FFmpeg prints complaints about damaged input straight to stderr. We turn each failure into one
 * clear line of our own instead, so its output is captured, not printed: the last error FFmpeg
 * reported on the calling thread is kept to explain a failure ("moov atom not found").
 */
public final class FFmpegLogging {
  private static final Pattern CONTEXT_PREFIX = Pattern.compile("^\\[[^]]*@ 0x[0-9a-fA-F]+]\\s*");
  private static final ThreadLocal<String> LAST_ERROR = new ThreadLocal<>();
  // Held for the life of the process: native code calls it, the GC must not collect it.
  private static LogCallback capture;

  private FFmpegLogging() {}

  /** Loads FFmpeg and installs the capture, once per process; call before opening any file. */
  public static synchronized void capture() {
    if (capture != null) {
      return;
    }
    FFmpegLibraries.load();
    capture = new Capture();
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    avutil.setLogCallback(capture);
  }

  /** Forgets the calling thread's last error, before an operation whose failure it will explain. */
  public static void clearLastError() {
    LAST_ERROR.remove();
  }

  /** The last error FFmpeg reported on the calling thread since {@link #clearLastError()}, or null. */
  public static String lastError() {
    return LAST_ERROR.get();
  }

  /** FFmpeg's words for an error code, e.g. "Invalid data found when processing input". */
  static String describe(int error) {
    BytePointer text = new BytePointer(256);
    try {
      return avutil.av_strerror(error, text, 256) < 0 ? "error " + error : text.getString().strip();
    } finally {
      text.close();
    }
  }

  private static final class Capture extends LogCallback {
    @Override
    public void call(int level, BytePointer message) {
      if (level <= avutil.AV_LOG_ERROR && message != null) {
        // "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x7f...] moov atom not found": the context prefix says nothing
        String text = CONTEXT_PREFIX.matcher(message.getString()).replaceFirst("").strip();
        if (!text.isEmpty()) {
          LAST_ERROR.set(text);
        }
      }
    }
  }
}

package io.reel2sop.testmedia;

import java.io.IOException;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Loads the FFmpeg libraries the test media toolkit uses, and only those: javacv's FFmpeg classes
 * would also load libavdevice, which needs sound and display servers this machine does not have.
 */
final class Libav {
  private static boolean loaded;

  private Libav() {}

  static synchronized void load() {
    if (loaded) {
      return;
    }
    Loader.load(avutil.class);
    Loader.load(swresample.class);
    Loader.load(avcodec.class);
    Loader.load(avformat.class);
    Loader.load(swscale.class);
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    loaded = true;
  }

  /** Returns {@code result} when it is not an FFmpeg error code, else throws naming {@code what}. */
  static int check(int result, String what) throws IOException {
    if (result < 0) {
      throw new IOException(what + ": " + describe(result));
    }
    return result;
  }

  /**
   * A one-entry plane list ({@code uint8_t **}) holding {@code plane}. Not {@code new
   * PointerPointer<>(plane)}: that constructor reinterprets the plane itself as the list.
   */
  static <P extends Pointer> PointerPointer<P> planes(P plane) {
    return new PointerPointer<P>(1).put(0, plane);
  }

  static String describe(int error) {
    try (BytePointer text = new BytePointer(256)) {
      avutil.av_strerror(error, text, text.capacity());
      return text.getString();
    }
  }
}

package io.reel2sop.media;

import io.reel2sop.environment.BrokenEnvironmentException;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the FFmpeg libraries reel2sop decodes with, once per process. Only these five: libavdevice
 * (screen and microphone capture) links against PulseAudio, ALSA and XCB, which servers and slim
 * containers lack, and javacv's {@code FFmpegFrameGrabber} loads it in its static initialiser; so
 * reel2sop uses FFmpeg's own API and never touches that class or that library.
 */
public final class FFmpegLibraries {
  private static final List<Class<?>> LIBRARIES =
      List.of(avutil.class, swresample.class, avcodec.class, avformat.class, swscale.class);

  private static volatile boolean loaded;

  private FFmpegLibraries() {}

  /** Loads them, or throws a {@link BrokenEnvironmentException} naming what failed. */
  public static void load() {
    if (loaded) {
      return;
    }
    synchronized (FFmpegLibraries.class) {
      if (loaded) {
        return;
      }
      for (Class<?> library : LIBRARIES) {
        try {
          Loader.load(library);
        } catch (Throwable e) {
          throw new BrokenEnvironmentException(
              "FFmpeg's native libraries cannot be loaded ("
                  + library.getSimpleName() + ": " + BrokenEnvironmentException.rootMessage(e)
                  + "); reel2sop.jar carries them for 64-bit Linux (x86_64, glibc): run it there, or rebuild "
                  + "the jar with REEL2SOP_REBUILD=1 ./reel2sop",
              e);
        }
      }
      loaded = true;
    }
  }
}

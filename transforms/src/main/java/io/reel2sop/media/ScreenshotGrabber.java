package io.reel2sop.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;

/** Decodes full-resolution frames at chosen times and writes them as PNG files. */
public final class ScreenshotGrabber {
  /** One screenshot to take: the recording time and the file to write. */
  public record Shot(double time, Path target) {}

  /**
   * Changes a screenshot's pixels in place before it is written anywhere (covers what must not be
   * seen): {@code height} rows of {@code width} blue-green-red pixels, a row every {@code stride}
   * bytes, shown at {@code time}.
   */
  @FunctionalInterface
  public interface Retouch {
    Retouch NONE = (bgr, width, height, stride, time) -> {};

    void apply(ByteBuffer bgr, int width, int height, int stride, double time) throws IOException;
  }

  /** Fewer shots than this per decoder are not worth a decoder's start-up and first seek. */
  private static final int MIN_SHOTS_PER_DECODER = 8;

  private ScreenshotGrabber() {}

  /** Takes the shots with up to {@code threads} decoders at once, one per {@link #runs run}. */
  public static void grab(Path recording, List<Shot> shots, int threads) throws IOException {
    List<List<Shot>> runs = runs(shots, threads);
    if (runs.size() == 1) {
      grab(recording, runs.get(0));
      return;
    }
    ExecutorService decoders = Executors.newFixedThreadPool(runs.size());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (List<Shot> run : runs) {
        done.add(decoders.submit(() -> {
          grab(recording, run);
          return null;
        }));
      }
      for (Future<?> run : done) {
        run.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while taking screenshots", e);
    } finally {
      decoders.shutdownNow();
    }
  }

  /**
   * The shots in time order split into at most {@code maxRuns} runs of about equal count, one
   * decoder's work each: consecutive stretches of the recording, so a decoder only moves forward.
   */
  public static List<List<Shot>> runs(List<Shot> shots, int maxRuns) {
    List<Shot> inOrder = shots.stream().sorted(Comparator.comparingDouble(Shot::time)).toList();
    int runs = Math.max(1, Math.min(maxRuns, inOrder.size() / MIN_SHOTS_PER_DECODER));
    List<List<Shot>> split = new ArrayList<>(runs);
    for (int r = 0; r < runs; r++) {
      split.add(inOrder.subList(r * inOrder.size() / runs, (r + 1) * inOrder.size() / runs));
    }
    return split;
  }

  public static void grab(Path recording, List<Shot> shots) throws IOException {
    grab(recording, shots, Retouch.NONE);
  }

  /** Takes the shots in time order with one decoder, each retouched before it is written. */
  public static void grab(Path recording, List<Shot> shots, Retouch retouch) throws IOException {
    try (VideoFrames video = VideoFrames.open(recording, false);
        FrameCursor cursor = new FrameCursor(video);
        PictureScaler bgr = new PictureScaler(
            video.width(), video.height(), avutil.AV_PIX_FMT_BGR24, 3, swscale.SWS_BILINEAR)) {
      for (Shot shot : shots.stream().sorted(Comparator.comparingDouble(Shot::time)).toList()) {
        AVFrame frame = cursor.shownAt(shot.time());
        if (frame == null) {
          throw new UnusableRecordingException(
              String.format("no picture can be decoded near %.2f s for a screenshot", shot.time()));
        }
        Files.createDirectories(shot.target().getParent());
        ByteBuffer picture = bgr.scale(frame);
        retouch.apply(picture, bgr.width(), bgr.height(), bgr.stride(), shot.time());
        PngWriter.writeBgr(picture, bgr.width(), bgr.height(), bgr.stride(), shot.target());
      }
    }
  }
}

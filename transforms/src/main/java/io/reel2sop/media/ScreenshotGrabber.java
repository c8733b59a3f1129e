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
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** Decodes full-resolution frames at chosen times and writes them as PNG files. */
public final class ScreenshotGrabber {
  /** One screenshot to take: the recording time and the file to write. */
  public record Shot(double time, Path target) {}

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
    FFmpegLogging.capture();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(recording.toFile())) {
      // One thread per decoder, as for thumbnails: a worker owns one core, parallel screenshots run
      // more decoders, and frame threads would hold back more frames than the skipping allows for.
      grabber.setVideoOption("threads", "1");
      grabber.start();
      VideoClock clock = VideoClock.of(grabber);
      long earliestSeek = Math.max(0, -grabber.getFormatContext().start_time());
      try (FrameCursor cursor = new FrameCursor(grabber, clock, earliestSeek)) {
        for (Shot shot : shots.stream().sorted(Comparator.comparingDouble(Shot::time)).toList()) {
          Frame frame = cursor.shownAt(shot.time());
          if (frame == null) {
            throw new UnusableRecordingException(
                String.format("no picture can be decoded near %.2f s for a screenshot", shot.time()));
          }
          write(frame, shot.target());
        }
      }
    } catch (FrameGrabber.Exception e) {
      throw new UnusableRecordingException("screenshots cannot be decoded: " + e.getMessage(), e);
    }
  }

  private static void write(Frame frame, Path target) throws IOException {
    if (frame.imageChannels != 3 || !(frame.image[0] instanceof ByteBuffer bgr)) {
      throw new IOException("the decoder gave " + frame.imageChannels + "-channel pictures, not BGR");
    }
    Files.createDirectories(target.getParent());
    PngWriter.writeBgr(bgr, frame.imageWidth, frame.imageHeight, frame.imageStride, target);
  }
}

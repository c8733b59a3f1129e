package io.reel2sop.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Decodes full-resolution frames at chosen times and writes them as PNG files. */
public final class ScreenshotGrabber {
  /** One screenshot to take: the recording time and the file to write. */
  public record Shot(double time, Path target) {}

  /** How far before a shot the decoder seeks; it then decodes forward to the shot. */
  private static final double SEEK_LEAD_SECONDS = 1.0;
  /** Frame times in some containers are rounded to the millisecond. */
  private static final double TIME_TOLERANCE = 0.001;

  private ScreenshotGrabber() {}

  public static void grab(Path recording, List<Shot> shots) throws IOException {
    FFmpegLogging.capture();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(recording.toFile());
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      grabber.start();
      VideoClock clock = VideoClock.of(grabber);
      long earliestSeek = Math.max(0, -grabber.getFormatContext().start_time());
      for (Shot shot : shots.stream().sorted(Comparator.comparingDouble(Shot::time)).toList()) {
        Frame frame = frameShownAt(grabber, clock, earliestSeek, shot.time());
        if (frame == null) {
          throw new UnusableRecordingException(
              String.format("no picture can be decoded near %.2f s for a screenshot", shot.time()));
        }
        BufferedImage image;
        try (frame) {
          image = deepCopy(converter.convert(frame));
        }
        Files.createDirectories(shot.target().getParent());
        if (!ImageIO.write(image, "png", shot.target().toFile())) {
          throw new IOException("no PNG writer available");
        }
      }
    } catch (FrameGrabber.Exception e) {
      throw new UnusableRecordingException("screenshots cannot be decoded: " + e.getMessage(), e);
    }
  }

  /**
   * The frame on screen at {@code time}: the last one starting at or before it. javacv's own
   * seek-to-frame can land a few frames off, so this seeks a little earlier and decodes forward;
   * if the seek still overshot, it backs off further.
   */
  private static Frame frameShownAt(FFmpegFrameGrabber grabber, VideoClock clock, long earliestSeek, double time)
      throws FrameGrabber.Exception {
    for (double lead = SEEK_LEAD_SECONDS; ; lead *= 4) {
      long seekMicros = Math.max(earliestSeek, Math.round((time - lead) * 1e6));
      grabber.setTimestamp(seekMicros, false);
      Frame shown = null;
      Frame frame;
      while ((frame = grabber.grabImage()) != null) {
        if (clock.seconds(frame.timestamp) > time + TIME_TOLERANCE) {
          break;
        }
        Frame copy = frame.clone();
        if (shown != null) {
          shown.close();
        }
        shown = copy;
      }
      boolean overshot = shown == null && frame != null;
      if (!overshot || seekMicros == earliestSeek) {
        return shown != null ? shown : frame == null ? null : frame.clone();
      }
    }
  }

  private static BufferedImage deepCopy(BufferedImage image) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    copy.getGraphics().drawImage(image, 0, 0, null);
    return copy;
  }
}

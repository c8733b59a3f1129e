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

  private ScreenshotGrabber() {}

  public static void grab(Path recording, List<Shot> shots) throws IOException {
    FFmpegLogging.capture();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(recording.toFile());
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
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
          write(deepCopy(converter.convert(frame)), shot.target());
        }
      }
    } catch (FrameGrabber.Exception e) {
      throw new UnusableRecordingException("screenshots cannot be decoded: " + e.getMessage(), e);
    }
  }

  private static void write(BufferedImage image, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    if (!ImageIO.write(image, "png", target.toFile())) {
      throw new IOException("no PNG writer available");
    }
  }

  private static BufferedImage deepCopy(BufferedImage image) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    copy.getGraphics().drawImage(image, 0, 0, null);
    return copy;
  }
}

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

  private static final double STEP_BACK_SECONDS = 0.25;

  private ScreenshotGrabber() {}

  public static void grab(Path recording, List<Shot> shots) throws IOException {
    FFmpegLogging.quiet();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(recording.toFile());
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      grabber.start();
      for (Shot shot : shots.stream().sorted(Comparator.comparingDouble(Shot::time)).toList()) {
        BufferedImage image = imageAt(grabber, converter, shot.time());
        if (image == null) {
          throw new UnusableRecordingException(
              String.format("no picture can be decoded near %.2f s for a screenshot", shot.time()));
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

  /** Seeks to the time; near the very end a frame may not exist, so step back a little. */
  private static BufferedImage imageAt(
      FFmpegFrameGrabber grabber, Java2DFrameConverter converter, double time)
      throws FrameGrabber.Exception {
    for (int attempt = 0; attempt < 8; attempt++) {
      double at = Math.max(0, time - attempt * STEP_BACK_SECONDS);
      grabber.setTimestamp((long) (at * 1e6), true);
      Frame frame = grabber.grabImage();
      if (frame != null && frame.image != null) {
        return deepCopy(converter.convert(frame));
      }
      if (at == 0) {
        break;
      }
    }
    return null;
  }

  private static BufferedImage deepCopy(BufferedImage image) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    copy.getGraphics().drawImage(image, 0, 0, null);
    return copy;
  }
}

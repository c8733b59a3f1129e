package io.reel2sop.media;

import io.reel2sop.model.MediaInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/** Reads a recording's container facts and rejects files that cannot become a SOP. */
public final class MediaProbe {
  private MediaProbe() {}

  public static MediaInfo probe(Path file) throws IOException {
    checkReadable(file);
    FFmpegLogging.capture();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
      FFmpegLogging.clearLastError();
      try {
        grabber.start();
      } catch (FrameGrabber.Exception e) {
        throw new UnusableRecordingException(unreadableReason(file, FFmpegLogging.lastError()), e);
      }
      if (!grabber.hasVideo()) {
        throw new UnusableRecordingException(
            grabber.hasAudio()
                ? "no video stream: the file holds audio only"
                : "no video stream in the file");
      }
      if (grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
        throw new UnusableRecordingException("the video stream has no picture size (corrupt stream)");
      }
      double duration = grabber.getLengthInTime() / 1e6;
      double fps = grabber.getFrameRate();
      return new MediaInfo(
          duration > 0 ? duration : 0,
          grabber.getImageWidth(),
          grabber.getImageHeight(),
          Double.isFinite(fps) && fps > 0 ? fps : 0,
          grabber.hasAudio(),
          grabber.getFormat(),
          grabber.getVideoCodecName(),
          grabber.hasAudio() ? grabber.getAudioCodecName() : null);
    }
  }

  /** The same questions a person would ask first, answered before FFmpeg's generic error. */
  static void checkReadable(Path file) throws UnusableRecordingException {
    if (!Files.exists(file)) {
      throw new UnusableRecordingException(
          Files.isSymbolicLink(file) ? "cannot read: the link points to a missing file" : "file not found");
    }
    if (Files.isDirectory(file)) {
      throw new UnusableRecordingException("is a folder, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new UnusableRecordingException("cannot read the file (permission denied)");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UnusableRecordingException("cannot read the file: " + e.getMessage());
    }
    if (size == 0) {
      throw new UnusableRecordingException("empty file (0 bytes)");
    }
  }

  private static String unreadableReason(Path file, String ffmpegError) {
    if (looksLikeText(file)) {
      return "not a video: the file is text";
    }
    String reason = "not a readable video: FFmpeg cannot open the container (truncated, corrupt or not a video)";
    return ffmpegError == null ? reason : reason + "; FFmpeg says: " + ffmpegError;
  }

  private static boolean looksLikeText(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(512);
      for (byte b : head) {
        int c = b & 0xff;
        if (c < 0x09 || (c > 0x0d && c < 0x20)) {
          return false;
        }
      }
      return head.length > 0;
    } catch (IOException e) {
      return false;
    }
  }
}

package io.reel2sop.media;

import io.reel2sop.model.MediaInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;

/** Reads a recording's container facts and rejects files that cannot become a SOP. */
public final class MediaProbe {
  private MediaProbe() {}

  public static MediaInfo probe(Path file) throws IOException {
    checkReadable(file);
    try (MediaInput input = MediaInput.open(file)) {
      if (input.videoStream() < 0) {
        throw new UnusableRecordingException(
            input.audioStream() >= 0 ? "no video stream: the file holds audio only" : "no video stream in the file");
      }
      AVStream video = input.stream(input.videoStream());
      AVCodecParameters picture = video.codecpar();
      if (picture.width() <= 0 || picture.height() <= 0) {
        throw new UnusableRecordingException("the video stream has no picture size (corrupt stream)");
      }
      boolean hasAudio = input.audioStream() >= 0;
      return new MediaInfo(
          input.durationSeconds(),
          picture.width(),
          picture.height(),
          frameRate(video),
          hasAudio,
          input.formatName(),
          codecName(video),
          hasAudio ? codecName(input.stream(input.audioStream())) : null);
    }
  }

  /** Frames per second: the stream's average rate, else its base rate, else 0 (unknown). */
  static double frameRate(AVStream stream) {
    double average = rate(stream.avg_frame_rate());
    return average > 0 ? average : Math.max(0, rate(stream.r_frame_rate()));
  }

  private static double rate(AVRational r) {
    double value = r.den() == 0 ? 0 : r.num() / (double) r.den();
    return Double.isFinite(value) ? value : 0;
  }

  private static String codecName(AVStream stream) {
    return avcodec.avcodec_get_name(stream.codecpar().codec_id()).getString();
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
}

package io.reel2sop.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.PointerPointer;

/**
 * An open media file (FFmpeg's demuxer): its streams, and their packets in file order. Not
 * thread-safe; close it to free the native context.
 */
final class MediaInput implements AutoCloseable {
  private final Path file;
  private AVFormatContext format;
  private final int videoStream;
  private final int audioStream;

  private MediaInput(Path file, AVFormatContext format) {
    this.file = file;
    this.format = format;
    this.videoStream = findStream(format, avutil.AVMEDIA_TYPE_VIDEO);
    this.audioStream = findStream(format, avutil.AVMEDIA_TYPE_AUDIO);
  }

  /** Opens and probes the file; a file FFmpeg cannot open fails with FFmpeg's own complaint. */
  static MediaInput open(Path file) throws IOException {
    MediaProbe.checkReadable(file);
    FFmpegLogging.capture();
    FFmpegLogging.clearLastError();
    AVFormatContext format = new AVFormatContext(null);
    int opened = avformat.avformat_open_input(format, file.toString(), null, null);
    if (opened < 0) {
      throw new UnusableRecordingException(unreadableReason(file, opened));
    }
    int probed = avformat.avformat_find_stream_info(format, (PointerPointer<?>) null);
    if (probed < 0) {
      avformat.avformat_close_input(format);
      throw new UnusableRecordingException(unreadableReason(file, probed));
    }
    return new MediaInput(file, format);
  }

  /** What a person needs to know first; FFmpeg's own complaint ("moov atom not found") after it. */
  private static String unreadableReason(Path file, int error) {
    if (looksLikeText(file)) {
      return "not a video: the file is text";
    }
    String said = FFmpegLogging.lastError();
    return "not a readable video: FFmpeg cannot open the container (truncated, corrupt or not a video)"
        + "; FFmpeg says: " + (said != null ? said : FFmpegLogging.describe(error));
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

  Path file() {
    return file;
  }

  /** The main video stream's index, or -1. Cover art (an attached picture) is not a video. */
  int videoStream() {
    return videoStream;
  }

  /** The main audio stream's index, or -1. */
  int audioStream() {
    return audioStream;
  }

  AVStream stream(int index) {
    return format.streams(index);
  }

  /** The demuxer's name, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  String formatName() {
    return format.iformat().name().getString();
  }

  /** The container's duration in seconds, or 0 when it does not say. */
  double durationSeconds() {
    long duration = format.duration();
    return duration == avutil.AV_NOPTS_VALUE || duration <= 0 ? 0 : duration / (double) avutil.AV_TIME_BASE;
  }

  /** The container's start time in microseconds (0 when it does not say). */
  long startMicros() {
    long start = format.start_time();
    return start == avutil.AV_NOPTS_VALUE ? 0 : start;
  }

  /**
   * Reads the next packet of any stream into {@code packet} (unreferenced by the caller after use);
   * false at the end of the file. A read error past the start counts as the end, as it does for
   * FFmpeg's own tools: a truncated file decodes up to where its data stops.
   */
  boolean read(AVPacket packet) {
    return avformat.av_read_frame(format, packet) >= 0;
  }

  /**
   * Moves the demuxer to the last keyframe of {@code stream} at or before {@code timestamp} (in the
   * stream's time base), or to the first one after it when there is none before.
   */
  void seek(int stream, long timestamp) throws IOException {
    if (avformat.av_seek_frame(format, stream, timestamp, avformat.AVSEEK_FLAG_BACKWARD) < 0
        && avformat.av_seek_frame(format, stream, timestamp, 0) < 0) {
      throw new IOException("cannot seek in " + file + " to " + timestamp);
    }
  }

  @Override
  public void close() {
    if (format != null) {
      avformat.avformat_close_input(format);
      format = null;
    }
  }

  private static int findStream(AVFormatContext format, int type) {
    int best = avformat.av_find_best_stream(format, type, -1, -1, (PointerPointer<?>) null, 0);
    if (best >= 0 && !isAttachedPicture(format.streams(best))) {
      return best;
    }
    for (int i = 0; i < format.nb_streams(); i++) {
      AVStream stream = format.streams(i);
      if (stream.codecpar().codec_type() == type && !isAttachedPicture(stream)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isAttachedPicture(AVStream stream) {
    return (stream.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0;
  }

  /** A packet, allocated for reading and freed on close. */
  static final class Packet implements AutoCloseable {
    final AVPacket packet = avcodec.av_packet_alloc();

    @Override
    public void close() {
      avcodec.av_packet_free(packet);
    }
  }
}

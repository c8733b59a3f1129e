package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/** A media file opened for reading packets, with its streams probed. */
final class InputMedia implements AutoCloseable {
  private final Path file;
  private final AVFormatContext context;

  private InputMedia(Path file, AVFormatContext context) {
    this.file = file;
    this.context = context;
  }

  /** Opens {@code file}, its format found from its content. */
  static InputMedia open(Path file) throws IOException {
    Libav.load();
    AVFormatContext context = new AVFormatContext(null);
    Libav.check(avformat.avformat_open_input(context, file.toString(), null, null), "cannot open " + file);
    InputMedia media = new InputMedia(file, context);
    try {
      Libav.check(avformat.avformat_find_stream_info(context, (AVDictionary) null),
          "cannot find the streams of " + file);
      return media;
    } catch (IOException e) {
      media.close();
      throw e;
    }
  }

  Path file() {
    return file;
  }

  AVFormatContext context() {
    return context;
  }

  int streamCount() {
    return context.nb_streams();
  }

  AVStream stream(int index) {
    return context.streams(index);
  }

  /** The first stream of an {@code AVMEDIA_TYPE_*}, or null. */
  AVStream firstStream(int mediaType) {
    for (int i = 0; i < streamCount(); i++) {
      if (stream(i).codecpar().codec_type() == mediaType) {
        return stream(i);
      }
    }
    return null;
  }

  /** Reads the next packet in file order; false at the end of the file; throws where the data breaks. */
  boolean read(AVPacket packet) throws IOException {
    int result = avformat.av_read_frame(context, packet);
    if (result == avutil.AVERROR_EOF()) {
      return false;
    }
    Libav.check(result, "reading " + file);
    return true;
  }

  /** The file's start in seconds: where the first stream starts, 0 when not known. */
  double startSeconds() {
    long start = context.start_time();
    return start == avutil.AV_NOPTS_VALUE ? 0 : start / (double) avutil.AV_TIME_BASE;
  }

  @Override
  public void close() {
    avformat.avformat_close_input(context);
  }
}

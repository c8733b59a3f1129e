package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * One output file being written: streams are added, then {@link #start} writes the header, packets
 * are interleaved by FFmpeg, and {@link #finish} writes the trailer. Written bit-exact (no library
 * version or random ids), so the same packets give the same bytes.
 */
final class Muxer implements AutoCloseable {
  private final Path target;
  private final AVFormatContext context;
  private boolean started;

  private Muxer(Path target, AVFormatContext context) {
    this.target = target;
    this.context = context;
  }

  /** A muxer of the named format, or (when {@code muxerName} is null) the one the file name suggests. */
  static Muxer create(Path target, String muxerName) throws IOException {
    Libav.load();
    AVFormatContext context = new AVFormatContext(null);
    Libav.check(avformat.avformat_alloc_output_context2(context, null, muxerName, target.toString()),
        "no muxer for " + target);
    Muxer muxer = new Muxer(target, context);
    int result = avutil.av_opt_set(context, "fflags", "+bitexact", 0);
    if (result < 0) {
      muxer.close();
      Libav.check(result, "bit-exact muxing");
    }
    return muxer;
  }

  /** Whether encoders must put their setup data in the stream header (MP4, Matroska) instead of in-band. */
  boolean wantsGlobalHeaders() {
    return (context.oformat().flags() & avformat.AVFMT_GLOBALHEADER) != 0;
  }

  /** A stream for the packets of an opened encoder. */
  AVStream addStream(AVCodecContext encoder) throws IOException {
    AVStream stream = newStream();
    Libav.check(avcodec.avcodec_parameters_from_context(stream.codecpar(), encoder), "stream parameters");
    stream.time_base(encoder.time_base());
    if (encoder.codec_type() == avutil.AVMEDIA_TYPE_VIDEO) {
      stream.avg_frame_rate(encoder.framerate());
    }
    return stream;
  }

  /** A stream for packets copied from {@code source}. */
  AVStream addStreamLike(AVStream source) throws IOException {
    AVStream stream = newStream();
    AVCodecParameters parameters = stream.codecpar();
    Libav.check(avcodec.avcodec_parameters_copy(parameters, source.codecpar()), "stream parameters");
    parameters.codec_tag(0); // the source container's tag may mean nothing in this one
    stream.time_base(source.time_base());
    stream.avg_frame_rate(source.avg_frame_rate());
    return stream;
  }

  private AVStream newStream() throws IOException {
    if (started) {
      throw new IllegalStateException("streams are added before the header is written");
    }
    AVStream stream = avformat.avformat_new_stream(context, null);
    if (stream == null) {
      throw new IOException("cannot add a stream to " + target);
    }
    return stream;
  }

  /** Opens the file and writes the header; with {@code faststart}, the MP4 index will go first. */
  void start(boolean faststart) throws IOException {
    if ((context.oformat().flags() & avformat.AVFMT_NOFILE) == 0) {
      AVIOContext io = new AVIOContext(null);
      Libav.check(avformat.avio_open(io, target.toString(), avformat.AVIO_FLAG_WRITE), "cannot write " + target);
      context.pb(io);
    }
    AVDictionary options = AvOptions.of(faststart ? Map.of("movflags", "+faststart") : Map.of());
    try {
      Libav.check(avformat.avformat_write_header(context, options), "header of " + target);
      AvOptions.requireAllUsed(options, context.oformat().name().getString() + " muxer");
    } finally {
      AvOptions.free(options);
    }
    started = true;
  }

  /** Writes a packet whose times are in {@code timeBase} to {@code stream}; takes its data. */
  void write(AVPacket packet, AVRational timeBase, AVStream stream) throws IOException {
    avcodec.av_packet_rescale_ts(packet, timeBase, stream.time_base());
    packet.stream_index(stream.index());
    packet.pos(-1);
    Libav.check(avformat.av_interleaved_write_frame(context, packet), "writing " + target);
  }

  /** Writes what the interleaver still holds and the trailer (for faststart, moves the index first). */
  void finish() throws IOException {
    Libav.check(avformat.av_write_trailer(context), "trailer of " + target);
  }

  @Override
  public void close() {
    if (context.pb() != null) {
      avformat.avio_closep(context.pb());
    }
    avformat.avformat_free_context(context);
  }
}

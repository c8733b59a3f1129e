package io.reel2sop.testmedia;

import java.io.IOException;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/** Decodes every packet of one stream, single-threaded, nothing skipped. */
final class StreamDecoder implements AutoCloseable {
  /** Takes each decoded frame, valid only during the call; returns false to stop decoding. */
  interface FrameSink {
    boolean accept(AVFrame frame) throws IOException;
  }

  private final AVCodecContext context;
  private final AVFrame frame = avutil.av_frame_alloc();

  private StreamDecoder(AVCodecContext context) {
    this.context = context;
  }

  static StreamDecoder open(AVStream stream) throws IOException {
    AVCodec codec = avcodec.avcodec_find_decoder(stream.codecpar().codec_id());
    if (codec == null) {
      throw new IOException("no decoder for " + avcodec.avcodec_get_name(stream.codecpar().codec_id()).getString());
    }
    StreamDecoder decoder = new StreamDecoder(avcodec.avcodec_alloc_context3(codec));
    try {
      Libav.check(avcodec.avcodec_parameters_to_context(decoder.context, stream.codecpar()), "decoder parameters");
      decoder.context.pkt_timebase(stream.time_base());
      decoder.context.thread_count(1);
      Libav.check(avcodec.avcodec_open2(decoder.context, codec, (org.bytedeco.ffmpeg.avutil.AVDictionary) null),
          "cannot open decoder " + codec.name().getString());
      return decoder;
    } catch (IOException e) {
      decoder.close();
      throw e;
    }
  }

  /**
   * Decodes {@code packet}, or with null drains the decoder at the end, handing out what comes;
   * false when the sink asked to stop.
   */
  boolean decode(AVPacket packet, FrameSink sink) throws IOException {
    Libav.check(avcodec.avcodec_send_packet(context, packet), "decoding " + context.codec().name().getString());
    while (true) {
      int result = avcodec.avcodec_receive_frame(context, frame);
      if (result == avutil.AVERROR_EAGAIN() || result == avutil.AVERROR_EOF()) {
        return true;
      }
      Libav.check(result, "decoding " + context.codec().name().getString());
      try {
        if (!sink.accept(frame)) {
          return false;
        }
      } finally {
        avutil.av_frame_unref(frame);
      }
    }
  }

  @Override
  public void close() {
    avutil.av_frame_free(frame);
    avcodec.avcodec_free_context(context);
  }
}

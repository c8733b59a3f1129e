package io.reel2sop.testmedia;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * One opened encoder and the output stream its packets go to. Single-threaded and bit-exact, so the
 * same frames always give the same packets.
 */
final class StreamEncoder implements AutoCloseable {
  private final AVCodecContext context;
  private final Muxer muxer;
  private final AVPacket packet = avcodec.av_packet_alloc();
  private AVStream stream;
  private Consumer<AVPacket> beforeWrite = p -> {};

  private StreamEncoder(AVCodecContext context, Muxer muxer) {
    this.context = context;
    this.muxer = muxer;
  }

  /**
   * Opens encoder {@code name} after {@code setup} has set its picture or sound parameters and time
   * base, with the encoder's private {@code options}, and adds its stream to {@code muxer}.
   */
  static StreamEncoder open(Muxer muxer, String name, Consumer<AVCodecContext> setup, Map<String, String> options)
      throws IOException {
    AVCodec codec = avcodec.avcodec_find_encoder_by_name(name);
    if (codec == null) {
      throw new IOException("this FFmpeg build has no encoder " + name);
    }
    StreamEncoder encoder = new StreamEncoder(avcodec.avcodec_alloc_context3(codec), muxer);
    try {
      AVCodecContext context = encoder.context;
      setup.accept(context);
      context.thread_count(1);
      context.flags(context.flags() | avcodec.AV_CODEC_FLAG_BITEXACT);
      if (muxer.wantsGlobalHeaders()) {
        context.flags(context.flags() | avcodec.AV_CODEC_FLAG_GLOBAL_HEADER);
      }
      AVDictionary dictionary = AvOptions.of(options);
      try {
        Libav.check(avcodec.avcodec_open2(context, codec, dictionary), "cannot open encoder " + name);
        AvOptions.requireAllUsed(dictionary, name);
      } finally {
        AvOptions.free(dictionary);
      }
      encoder.stream = muxer.addStream(context);
      return encoder;
    } catch (IOException | RuntimeException e) {
      encoder.close();
      throw e;
    }
  }

  AVCodecContext context() {
    return context;
  }

  /** Lets the owner fix each packet up (its duration, say) before it is written. */
  void beforeWrite(Consumer<AVPacket> fix) {
    this.beforeWrite = fix;
  }

  /** Encodes {@code frame}, or with null drains the encoder at the end, and writes what comes out. */
  void send(AVFrame frame) throws IOException {
    Libav.check(avcodec.avcodec_send_frame(context, frame), "encoding with " + context.codec().name().getString());
    while (true) {
      int result = avcodec.avcodec_receive_packet(context, packet);
      if (result == avutil.AVERROR_EAGAIN() || result == avutil.AVERROR_EOF()) {
        return;
      }
      Libav.check(result, "encoding with " + context.codec().name().getString());
      beforeWrite.accept(packet);
      muxer.write(packet, context.time_base(), stream);
    }
  }

  @Override
  public void close() {
    avcodec.av_packet_free(packet);
    avcodec.avcodec_free_context(context);
  }
}

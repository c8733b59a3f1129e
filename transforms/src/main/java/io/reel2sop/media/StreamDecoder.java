package io.reel2sop.media;

import java.io.IOException;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Decodes one stream of a {@link MediaInput}: packets in, frames out in presentation order, one
 * decoder thread (a worker owns one core; more decoders run side by side instead). A packet the
 * decoder rejects as damaged is skipped, as FFmpeg's own tools do, so a corrupt stretch costs its
 * frames rather than the recording. Not thread-safe.
 */
final class StreamDecoder implements AutoCloseable {
  private final MediaInput input;
  private final int streamIndex;
  private final AVRational timeBase;
  private AVCodecContext context;
  private final MediaInput.Packet packet = new MediaInput.Packet();
  private final AVFrame frame = avutil.av_frame_alloc();
  private final AVRational microsecond = avutil.av_make_q(1, 1_000_000);
  private boolean draining;

  private StreamDecoder(MediaInput input, int streamIndex, AVCodecContext context) {
    this.input = input;
    this.streamIndex = streamIndex;
    this.timeBase = input.stream(streamIndex).time_base();
    this.context = context;
  }

  /**
   * Opens the decoder of stream {@code streamIndex}; {@code skipLoopFilterOfNonReference} leaves out
   * the deblocking of frames nothing is predicted from (invisible after a strong downscale).
   */
  static StreamDecoder open(MediaInput input, int streamIndex, boolean skipLoopFilterOfNonReference)
      throws IOException {
    AVStream stream = input.stream(streamIndex);
    int codecId = stream.codecpar().codec_id();
    AVCodec codec = avcodec.avcodec_find_decoder(codecId);
    if (codec == null || codec.isNull()) {
      throw new UnusableRecordingException(
          "no decoder for its " + avcodec.avcodec_get_name(codecId).getString() + " stream");
    }
    AVCodecContext context = avcodec.avcodec_alloc_context3(codec);
    try {
      check(avcodec.avcodec_parameters_to_context(context, stream.codecpar()), "read the stream's parameters");
      context.pkt_timebase(stream.time_base());
      context.thread_count(1);
      if (skipLoopFilterOfNonReference) {
        context.skip_loop_filter(avcodec.AVDISCARD_NONREF);
      }
      check(avcodec.avcodec_open2(context, codec, (AVDictionary) null), "open the decoder");
    } catch (IOException e) {
      avcodec.avcodec_free_context(context);
      throw e;
    }
    return new StreamDecoder(input, streamIndex, context);
  }

  AVCodecContext context() {
    return context;
  }

  /**
   * The next decoded frame, or null after the last; owned by the decoder and valid until the next
   * call ({@code av_frame_clone} keeps one longer).
   */
  AVFrame next() {
    AVPacket read = packet.packet;
    while (true) {
      int received = avcodec.avcodec_receive_frame(context, frame);
      if (received >= 0) {
        return frame;
      }
      if (received == avutil.AVERROR_EOF() || draining) {
        return null;
      }
      if (!input.read(read)) {
        avcodec.avcodec_send_packet(context, null);
        draining = true;
        continue;
      }
      if (read.stream_index() == streamIndex) {
        avcodec.avcodec_send_packet(context, read); // a damaged packet is dropped: see the class comment
      }
      avcodec.av_packet_unref(read);
    }
  }

  /**
   * Moves to the keyframe at or before {@code micros} (absolute stream time) and forgets what the
   * decoder held, so the next frame decodes from there.
   */
  void seek(long micros) throws IOException {
    long timestamp = avutil.av_rescale_q(micros, microsecond, timeBase);
    input.seek(streamIndex, timestamp);
    avcodec.avcodec_flush_buffers(context);
    draining = false;
  }

  /** A frame's presentation time in microseconds on the stream's clock (absolute). */
  long micros(AVFrame decoded) {
    long timestamp = decoded.best_effort_timestamp();
    if (timestamp == avutil.AV_NOPTS_VALUE) {
      timestamp = decoded.pts();
    }
    return timestamp == avutil.AV_NOPTS_VALUE
        ? avutil.AV_NOPTS_VALUE
        : avutil.av_rescale_q(timestamp, timeBase, microsecond);
  }

  @Override
  public void close() {
    if (context != null) {
      avcodec.avcodec_free_context(context);
      context = null;
      avutil.av_frame_free(frame);
      packet.close();
    }
  }

  private static void check(int result, String what) throws IOException {
    if (result < 0) {
      throw new UnusableRecordingException("cannot " + what + ": " + FFmpegLogging.describe(result));
    }
  }
}

package io.reel2sop.testmedia;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;

/** One read through a file, decoding every packet of the chosen streams in order. */
final class DecodePass {
  private DecodePass() {}

  /**
   * Decodes the streams that have a sink (by stream index) until the file ends or a sink says stop;
   * throws where the data or a decoder breaks, after handing out every frame before that.
   */
  static void run(InputMedia media, Map<Integer, StreamDecoder.FrameSink> sinks) throws IOException {
    run(media, sinks, packet -> {});
  }

  /** The same, showing every packet read (of any stream) to {@code seen} first. */
  static void run(InputMedia media, Map<Integer, StreamDecoder.FrameSink> sinks, Consumer<AVPacket> seen)
      throws IOException {
    Map<Integer, StreamDecoder> decoders = new HashMap<>();
    AVPacket packet = avcodec.av_packet_alloc();
    try {
      for (int index : sinks.keySet()) {
        decoders.put(index, StreamDecoder.open(media.stream(index)));
      }
      while (media.read(packet)) {
        try {
          seen.accept(packet);
          StreamDecoder decoder = decoders.get(packet.stream_index());
          if (decoder != null && !decoder.decode(packet, sinks.get(packet.stream_index()))) {
            return;
          }
        } finally {
          avcodec.av_packet_unref(packet);
        }
      }
      for (Map.Entry<Integer, StreamDecoder> decoder : decoders.entrySet()) {
        if (!decoder.getValue().decode(null, sinks.get(decoder.getKey()))) {
          return;
        }
      }
    } finally {
      avcodec.av_packet_free(packet);
      decoders.values().forEach(StreamDecoder::close);
    }
  }

  /** Decodes one stream. */
  static void run(InputMedia media, int streamIndex, StreamDecoder.FrameSink sink) throws IOException {
    run(media, Map.of(streamIndex, sink));
  }
}

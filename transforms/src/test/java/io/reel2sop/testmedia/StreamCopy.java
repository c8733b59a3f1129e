package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Copies coded packets into a new file without decoding them ({@code ffmpeg -c copy}): into
 * another container, with the MP4 index moved first, or several files one after another.
 */
public final class StreamCopy {
  private StreamCopy() {}

  /** Copies every stream of {@code source} into {@code target}, whose format its name says. */
  public static void remux(Path source, Path target, boolean faststart) throws IOException {
    try (InputMedia input = InputMedia.open(source); Muxer muxer = Muxer.create(target, null)) {
      List<AVStream> outputs = streamsLike(input, muxer);
      muxer.start(faststart);
      copyPackets(input, muxer, outputs, 0, noDecodeTimes(outputs.size()));
      muxer.finish();
    }
  }

  /**
   * Joins files with the same streams (codec, size, rate, setup data) into one, each starting where
   * the one before it ended (its duration as its container gives it), as FFmpeg's concat demuxer
   * with {@code -c copy} does.
   */
  public static void concat(List<Path> sources, Path target) throws IOException {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("nothing to join");
    }
    try (Muxer muxer = Muxer.create(target, null)) {
      List<AVStream> outputs = null;
      List<StreamShape> shapes = null;
      long[] lastDts = null;
      long startMicros = 0;
      for (Path source : sources) {
        try (InputMedia input = InputMedia.open(source)) {
          if (outputs == null) {
            outputs = streamsLike(input, muxer);
            shapes = StreamShape.of(input);
            lastDts = noDecodeTimes(outputs.size());
            muxer.start(false);
          } else if (!shapes.equals(StreamShape.of(input))) {
            throw new IOException(source + " has other streams than " + sources.get(0) + ": cannot join by copying");
          }
          long shift = startMicros - Math.round(input.startSeconds() * avutil.AV_TIME_BASE);
          copyPackets(input, muxer, outputs, shift, lastDts);
          startMicros += input.context().duration();
        }
      }
      muxer.finish();
    }
  }

  private static List<AVStream> streamsLike(InputMedia input, Muxer muxer) throws IOException {
    List<AVStream> outputs = new ArrayList<>();
    for (int i = 0; i < input.streamCount(); i++) {
      outputs.add(muxer.addStreamLike(input.stream(i)));
    }
    return outputs;
  }

  /**
   * Copies every packet, moved later by {@code shiftMicros}; a decode time not after the stream's
   * last one (where joined files overlap by an encoder's priming) is moved just past it, as ffmpeg
   * does.
   */
  private static void copyPackets(InputMedia input, Muxer muxer, List<AVStream> outputs, long shiftMicros,
      long[] lastDts) throws IOException {
    AVRational micros = avutil.av_make_q(1, avutil.AV_TIME_BASE);
    AVPacket packet = avcodec.av_packet_alloc();
    try {
      while (input.read(packet)) {
        int s = packet.stream_index();
        AVRational timeBase = outputs.get(s).time_base();
        avcodec.av_packet_rescale_ts(packet, input.stream(s).time_base(), timeBase);
        long shift = avutil.av_rescale_q(shiftMicros, micros, timeBase);
        if (packet.pts() != avutil.AV_NOPTS_VALUE) {
          packet.pts(packet.pts() + shift);
        }
        if (packet.dts() != avutil.AV_NOPTS_VALUE) {
          packet.dts(packet.dts() + shift);
          keepDecodeTimesRising(packet, lastDts, s);
        }
        muxer.write(packet, timeBase, outputs.get(s));
      }
    } finally {
      avcodec.av_packet_free(packet);
    }
  }

  private static long[] noDecodeTimes(int streams) {
    long[] none = new long[streams];
    Arrays.fill(none, avutil.AV_NOPTS_VALUE);
    return none;
  }

  private static void keepDecodeTimesRising(AVPacket packet, long[] lastDts, int stream) {
    long last = lastDts[stream];
    if (last != avutil.AV_NOPTS_VALUE && packet.dts() <= last) {
      if (packet.pts() >= packet.dts()) {
        packet.pts(Math.max(packet.pts(), last + 1));
      }
      packet.dts(last + 1);
    }
    lastDts[stream] = packet.dts();
  }

  /** What must match for packets of one file to continue a stream of another. */
  private record StreamShape(int type, int codec, int width, int height, int sampleRate, ByteBuffer setup) {
    static List<StreamShape> of(InputMedia input) {
      List<StreamShape> shapes = new ArrayList<>();
      for (int i = 0; i < input.streamCount(); i++) {
        AVCodecParameters p = input.stream(i).codecpar();
        byte[] setup = new byte[Math.max(0, p.extradata_size())];
        if (setup.length > 0) {
          p.extradata().get(setup);
        }
        shapes.add(new StreamShape(p.codec_type(), p.codec_id(), p.width(), p.height(), p.sample_rate(),
            ByteBuffer.wrap(setup)));
      }
      return shapes;
    }
  }
}

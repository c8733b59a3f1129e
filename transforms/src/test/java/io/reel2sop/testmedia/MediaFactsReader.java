package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * Reads a media file's facts the way {@code ffprobe -count_frames -show_streams -show_format} did:
 * a file FFmpeg cannot open or whose streams it cannot find fails with an IOException; frames are
 * counted by decoding each picture and sound stream up to where the data ends or breaks.
 */
public final class MediaFactsReader {
  private MediaFactsReader() {}

  public static MediaFacts read(Path file) throws IOException {
    try (InputMedia media = InputMedia.open(file)) {
      Counts counts = new Counts(media.streamCount());
      try {
        DecodePass.run(media, counts.frameCounters(media), counts::seen);
      } catch (IOException broken) {
        // as ffprobe does, count what was read before the damage
      }
      List<StreamFacts> streams = new ArrayList<>();
      for (int i = 0; i < media.streamCount(); i++) {
        streams.add(facts(media.stream(i), counts));
      }
      long duration = media.context().duration();
      return new MediaFacts(media.context().iformat().name().getString(),
          duration == avutil.AV_NOPTS_VALUE ? Double.NaN : duration / (double) avutil.AV_TIME_BASE,
          List.copyOf(streams));
    }
  }

  private static StreamFacts facts(AVStream stream, Counts counts) {
    int i = stream.index();
    AVCodecParameters codec = stream.codecpar();
    AVRational rate = stream.avg_frame_rate();
    return new StreamFacts(
        i,
        typeName(codec.codec_type()),
        avcodec.avcodec_get_name(codec.codec_id()).getString(),
        codec.width(),
        codec.height(),
        rate.num() + "/" + rate.den(),
        counts.decodes[i] ? counts.frames[i] : counts.packets[i],
        stream.duration() == avutil.AV_NOPTS_VALUE ? Double.NaN : stream.duration() * avutil.av_q2d(stream.time_base()),
        codec.sample_rate(),
        codec.video_delay(),
        counts.reordered[i]);
  }

  private static String typeName(int mediaType) {
    BytePointer name = avutil.av_get_media_type_string(mediaType);
    return name == null ? "unknown" : name.getString();
  }

  /** Per stream: frames decoded, packets read, and packets stored after one with a later time. */
  private static final class Counts {
    final long[] frames;
    final long[] packets;
    final long[] reordered;
    final long[] latestPts;
    final boolean[] decodes;

    Counts(int streams) {
      decodes = new boolean[streams];
      frames = new long[streams];
      packets = new long[streams];
      reordered = new long[streams];
      latestPts = new long[streams];
      Arrays.fill(latestPts, Long.MIN_VALUE);
    }

    /** A frame counter for each picture and sound stream, the streams that are decoded. */
    Map<Integer, StreamDecoder.FrameSink> frameCounters(InputMedia media) {
      Map<Integer, StreamDecoder.FrameSink> counters = new HashMap<>();
      for (int i = 0; i < media.streamCount(); i++) {
        int type = media.stream(i).codecpar().codec_type();
        decodes[i] = type == avutil.AVMEDIA_TYPE_VIDEO || type == avutil.AVMEDIA_TYPE_AUDIO;
        if (decodes[i]) {
          int index = i;
          counters.put(i, frame -> ++frames[index] > 0);
        }
      }
      return counters;
    }

    void seen(AVPacket packet) {
      int s = packet.stream_index();
      packets[s]++;
      if (packet.pts() != avutil.AV_NOPTS_VALUE) {
        reordered[s] += packet.pts() < latestPts[s] ? 1 : 0;
        latestPts[s] = Math.max(latestPts[s], packet.pts());
      }
    }
  }
}

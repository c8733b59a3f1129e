package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/** The cues of a WebVTT file as FFmpeg's WebVTT demuxer understands them. */
public final class WebVttCues {
  /** One cue: its times in seconds and its text (the payload lines, joined by newlines). */
  public record Cue(double start, double end, String text) {}

  private WebVttCues() {}

  /**
   * Every cue FFmpeg reads from {@code vtt}, in file order; fails unless FFmpeg, looking at the
   * content alone, takes the file for WebVTT.
   */
  public static List<Cue> read(Path vtt) throws IOException {
    try (InputMedia input = InputMedia.open(vtt)) {
      String format = input.context().iformat().name().getString();
      if (!format.equals("webvtt")) {
        throw new IOException("FFmpeg reads " + vtt + " as " + format + ", not WebVTT");
      }
      AVStream stream = input.firstStream(avutil.AVMEDIA_TYPE_SUBTITLE);
      if (stream == null) {
        throw new IOException("no subtitle stream in " + vtt);
      }
      double unit = avutil.av_q2d(stream.time_base());
      List<Cue> cues = new ArrayList<>();
      AVPacket packet = avcodec.av_packet_alloc();
      try {
        while (input.read(packet)) {
          byte[] text = new byte[packet.size()];
          packet.data().get(text);
          cues.add(new Cue(packet.pts() * unit, (packet.pts() + packet.duration()) * unit,
              new String(text, StandardCharsets.UTF_8)));
          avcodec.av_packet_unref(packet);
        }
      } finally {
        avcodec.av_packet_free(packet);
      }
      return cues;
    }
  }

  /** The cues FFmpeg reads back after writing the cues of {@code vtt} with its own WebVTT muxer. */
  public static List<Cue> rewritten(Path vtt) throws IOException {
    Path copy = Files.createTempFile("rewritten", ".vtt");
    try {
      StreamCopy.remux(vtt, copy, false);
      return read(copy);
    } finally {
      Files.deleteIfExists(copy);
    }
  }
}

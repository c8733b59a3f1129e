package io.reel2sop.testmedia;

import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;

/** A video encoder and its settings. */
public sealed interface VideoCodec {
  /** x264's default keyframe interval, in frames. */
  int KEYFRAME_INTERVAL = 250;

  /** FFmpeg's name of the encoder. */
  String encoder();

  /** Sets the encoder's settings on {@code context}; returns its private options to open it with. */
  Map<String, String> configure(AVCodecContext context);

  /**
   * H.264 by OpenH264: no B-frames, quality-first rate control around {@code bitsPerSecond} with
   * quantisers from {@code minQp} to {@code maxQp} (-1: the encoder's own bounds), and no frames
   * skipped to meet the rate (every frame given is in the file).
   */
  record H264(long bitsPerSecond, int minQp, int maxQp) implements VideoCodec {
    /** Rate control alone decides the quantisers. */
    public H264(long bitsPerSecond) {
      this(bitsPerSecond, -1, -1);
    }

    /**
     * Every frame at quantiser {@code qp}. On rendered screens this looks like x264's {@code -crf}
     * of the same number: on the bundled walkthrough (x264 crf 22), OpenH264 at QP 22 decodes to
     * the same luma PSNR against the renders (40.2 dB against 40.0, worst frame 39.0 against 39.1).
     */
    public static H264 constantQuality(int qp, long bitsPerSecond) {
      return new H264(bitsPerSecond, qp, qp);
    }

    @Override
    public String encoder() {
      return "libopenh264";
    }

    @Override
    public Map<String, String> configure(AVCodecContext context) {
      context.bit_rate(bitsPerSecond);
      context.gop_size(KEYFRAME_INTERVAL);
      context.qmin(minQp);
      context.qmax(maxQp);
      return Map.of("rc_mode", "quality", "allow_skip_frames", "0");
    }
  }

  /** VP9 by libvpx at constant quality {@code crf} (0-63), tuned for speed like a live recorder. */
  record Vp9(int crf) implements VideoCodec {
    @Override
    public String encoder() {
      return "libvpx-vp9";
    }

    @Override
    public Map<String, String> configure(AVCodecContext context) {
      context.bit_rate(0);
      return Map.of("crf", Integer.toString(crf), "deadline", "realtime", "cpu-used", "8");
    }
  }

  /** MPEG-4 part 2 with up to {@code bFrames} B-frames in a row, for decoders' reordering. */
  record Mpeg4(long bitsPerSecond, int bFrames) implements VideoCodec {
    @Override
    public String encoder() {
      return "mpeg4";
    }

    @Override
    public Map<String, String> configure(AVCodecContext context) {
      context.bit_rate(bitsPerSecond);
      context.gop_size(KEYFRAME_INTERVAL);
      context.max_b_frames(bFrames);
      return Map.of();
    }
  }
}

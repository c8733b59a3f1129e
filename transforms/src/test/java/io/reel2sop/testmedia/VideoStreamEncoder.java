package io.reel2sop.testmedia;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Encodes BGR24 pictures given with their presentation times. Each frame lasts until the next one
 * starts (so a frame rate that varies is just frames left out), which is known only when the next
 * frame comes: one converted frame waits. Times are kept to a thousandth of a frame period.
 */
final class VideoStreamEncoder implements AutoCloseable {
  private static final int TICKS_PER_FRAME = 1000;

  private final VideoFormat format;
  private final StreamEncoder encoder;
  private final SwsContext toYuv;
  private final BytePointer bgr;
  private final PointerPointer<BytePointer> bgrPlanes;
  private final IntPointer bgrStride;
  private final AVFrame waiting = avutil.av_frame_alloc();
  private final Map<Long, Long> durationsByPts = new HashMap<>();
  private long waitingPts = avutil.AV_NOPTS_VALUE;

  VideoStreamEncoder(Muxer muxer, VideoFormat format) throws IOException {
    this.format = format;
    Map<String, String> options = new HashMap<>();
    this.encoder = StreamEncoder.open(muxer, format.codec().encoder(), context -> {
      context.width(format.width());
      context.height(format.height());
      context.pix_fmt(avutil.AV_PIX_FMT_YUV420P);
      context.framerate(avutil.av_make_q(format.frameRate(), 1));
      context.time_base(avutil.av_make_q(1, format.frameRate() * TICKS_PER_FRAME));
      options.putAll(format.codec().configure(context));
    }, options);
    // encoders set their own packet durations, or none: the muxers need each frame's real one
    encoder.beforeWrite(packet -> {
      Long duration = durationsByPts.remove(packet.pts());
      if (duration != null) {
        packet.duration(duration);
      }
    });
    this.toYuv = swscale.sws_getContext(format.width(), format.height(), avutil.AV_PIX_FMT_BGR24,
        format.width(), format.height(), avutil.AV_PIX_FMT_YUV420P, swscale.SWS_BILINEAR, null, null,
        (DoublePointer) null);
    this.bgr = new BytePointer(format.frameBytes());
    this.bgrPlanes = Libav.planes(bgr);
    this.bgrStride = new IntPointer(new int[] {format.width() * 3});
    waiting.format(avutil.AV_PIX_FMT_YUV420P);
    waiting.width(format.width());
    waiting.height(format.height());
    Libav.check(avutil.av_frame_get_buffer(waiting, 0), "frame buffer");
  }

  /** Encodes a picture shown from {@code seconds} on; times must rise. */
  void frame(byte[] pixels, double seconds) throws IOException {
    if (pixels.length != format.frameBytes()) {
      throw new IllegalArgumentException(pixels.length + " bytes for a " + format.width() + "x" + format.height()
          + " BGR frame");
    }
    long pts = ticks(seconds);
    if (waitingPts != avutil.AV_NOPTS_VALUE) {
      if (pts <= waitingPts) {
        throw new IllegalArgumentException("frame times must rise: " + seconds + " s after " + seconds(waitingPts));
      }
      sendWaiting(pts);
    }
    // the encoder may still hold the last frame's pictures: then this gives the frame new ones
    Libav.check(avutil.av_frame_make_writable(waiting), "frame buffer");
    bgr.put(pixels, 0, pixels.length);
    swscale.sws_scale(toYuv, bgrPlanes, bgrStride, 0, format.height(), waiting.data(), waiting.linesize());
    waitingPts = pts;
  }

  /** Where the video ends if nobody says: one frame period after the last frame. */
  double naturalEnd() {
    return waitingPts == avutil.AV_NOPTS_VALUE ? 0 : seconds(waitingPts + TICKS_PER_FRAME);
  }

  /** Sends the last frame, lasting until {@code endSeconds}, and drains the encoder. */
  void finish(double endSeconds) throws IOException {
    if (waitingPts != avutil.AV_NOPTS_VALUE) {
      sendWaiting(Math.max(ticks(endSeconds), waitingPts + 1));
      waitingPts = avutil.AV_NOPTS_VALUE;
    }
    encoder.send(null);
  }

  private void sendWaiting(long nextPts) throws IOException {
    waiting.pts(waitingPts);
    waiting.duration(nextPts - waitingPts);
    durationsByPts.put(waitingPts, nextPts - waitingPts);
    encoder.send(waiting);
  }

  private long ticks(double seconds) {
    return Math.round(seconds * format.frameRate() * TICKS_PER_FRAME);
  }

  private double seconds(long ticks) {
    return ticks / (double) (format.frameRate() * TICKS_PER_FRAME);
  }

  @Override
  public void close() {
    avutil.av_frame_free(waiting);
    swscale.sws_freeContext(toYuv);
    bgrPlanes.close();
    bgrStride.close();
    bgr.close();
    encoder.close();
  }
}

package io.reel2sop.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;

/** Full-resolution grey pictures of the frames on screen at chosen times, for reading their text. */
public final class FramePictures {
  /** Takes each picture; {@code luma} holds width x height bytes, row after row, valid during the call. */
  @FunctionalInterface
  public interface Sink {
    void accept(double time, byte[] luma, int width, int height) throws IOException;
  }

  private FramePictures() {}

  /** The frames shown at {@code times}, in time order, with one decoder walking forward. */
  public static void grey(Path recording, List<Double> times, Sink sink) throws IOException {
    try (VideoFrames video = VideoFrames.open(recording, false);
        FrameCursor cursor = new FrameCursor(video);
        PictureScaler grey = new PictureScaler(
            video.width(), video.height(), avutil.AV_PIX_FMT_GRAY8, 1, swscale.SWS_BILINEAR)) {
      byte[] luma = new byte[grey.width() * grey.height()];
      for (double time : times.stream().sorted(Comparator.naturalOrder()).toList()) {
        AVFrame frame = cursor.shownAt(time);
        if (frame == null) {
          continue;
        }
        ByteBuffer plane = grey.scale(frame);
        for (int y = 0; y < grey.height(); y++) {
          plane.get(y * grey.stride(), luma, y * grey.width(), grey.width());
        }
        sink.accept(time, luma, grey.width(), grey.height());
      }
    }
  }
}

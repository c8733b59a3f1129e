package io.reel2sop.media;

import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Converts decoded pictures to one packed output format and size (grey thumbnails, BGR
 * screenshots) with FFmpeg's scaler, into one reused native buffer. Not thread-safe.
 */
final class PictureScaler implements AutoCloseable {
  /** Rows start at multiples of this, so the scaler's vector code can write whole rows. */
  private static final int ROW_ALIGNMENT = 64;

  private final int width;
  private final int height;
  private final int pixelFormat;
  private final int flags;
  private final int stride;
  private final BytePointer buffer;
  private final PointerPointer<BytePointer> planes;
  private final IntPointer strides;
  private SwsContext context;

  /**
   * @param bytesPerPixel of {@code pixelFormat} (1 for grey, 3 for BGR24)
   * @param flags the scaling algorithm, e.g. {@code SWS_AREA} for a strong downscale
   */
  PictureScaler(int width, int height, int pixelFormat, int bytesPerPixel, int flags) {
    this.width = width;
    this.height = height;
    this.pixelFormat = pixelFormat;
    this.flags = flags;
    this.stride = (width * bytesPerPixel + ROW_ALIGNMENT - 1) / ROW_ALIGNMENT * ROW_ALIGNMENT;
    this.buffer = new BytePointer(avutil.av_malloc((long) stride * height)).capacity((long) stride * height);
    this.planes = new PointerPointer<>(1);
    this.planes.put(0, buffer);
    this.strides = new IntPointer(1).put(0, stride);
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** Bytes from one row's start to the next's in {@link #scale}'s result. */
  int stride() {
    return stride;
  }

  /** The picture converted; the buffer is reused by the next call. */
  ByteBuffer scale(AVFrame frame) {
    context = swscale.sws_getCachedContext(context, frame.width(), frame.height(), frame.format(),
        width, height, pixelFormat, flags, null, null, (DoublePointer) null);
    if (context == null || context.isNull()) {
      throw new IllegalStateException("FFmpeg cannot convert " + frame.width() + "x" + frame.height()
          + " pictures of pixel format " + frame.format());
    }
    swscale.sws_scale(context, frame.data(), frame.linesize(), 0, frame.height(), planes, strides);
    return buffer.asByteBuffer();
  }

  @Override
  public void close() {
    if (context != null) {
      swscale.sws_freeContext(context);
      context = null;
    }
    avutil.av_free(buffer);
    planes.close();
    strides.close();
  }
}

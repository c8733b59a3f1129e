package io.reel2sop.testmedia;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Decoded pictures as BGR24 images at full size, converted by swscale with bilinear filtering and
 * rows packed without padding, as javacv converted them for the main code.
 */
final class BgrPictures implements AutoCloseable {
  private SwsContext converter;
  private BytePointer bgr = new BytePointer(0);

  BufferedImage convert(AVFrame frame) {
    int width = frame.width();
    int height = frame.height();
    converter = swscale.sws_getCachedContext(converter, width, height, frame.format(), width, height,
        avutil.AV_PIX_FMT_BGR24, swscale.SWS_BILINEAR, null, null, (DoublePointer) null);
    if (converter == null) {
      throw new IllegalStateException("swscale cannot convert pixel format " + frame.format() + " to BGR24");
    }
    if (bgr.capacity() < (long) width * height * 3) {
      bgr.close();
      bgr = new BytePointer((long) width * height * 3);
    }
    try (PointerPointer<BytePointer> planes = Libav.planes(bgr);
        IntPointer stride = new IntPointer(new int[] {width * 3})) {
      swscale.sws_scale(converter, frame.data(), frame.linesize(), 0, height, planes, stride);
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    bgr.get(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
    return image;
  }

  @Override
  public void close() {
    swscale.sws_freeContext(converter);
    bgr.close();
  }
}

package io.reel2sop.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Java2D images as the engine takes them. */
final class TestImages {
  private TestImages() {}

  /** The image redrawn as packed blue-green-red bytes, the layout of a decoded BGR24 frame. */
  static BufferedImage asBgr(BufferedImage any) {
    if (any.getType() == BufferedImage.TYPE_3BYTE_BGR) {
      return any;
    }
    BufferedImage bgr = new BufferedImage(any.getWidth(), any.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = bgr.createGraphics();
    g.drawImage(any, 0, 0, null);
    g.dispose();
    return bgr;
  }

  static OcrImage ocrImage(BufferedImage any) {
    BufferedImage bgr = asBgr(any);
    byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
    return OcrImage.fromBgr24(pixels, bgr.getWidth(), bgr.getHeight(), bgr.getWidth() * 3);
  }
}

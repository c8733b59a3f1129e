package io.reel2sop.media;

/**
 * A small grey thumbnail of one decoded video frame: {@code luma} holds {@code width * height}
 * bytes (unsigned 0..255), row after row; {@code time} is the presentation time in seconds from the
 * start of the video stream.
 */
public record GreyFrame(double time, int width, int height, byte[] luma) {
  public GreyFrame {
    if (width <= 0 || height <= 0 || luma.length < width * height) {
      throw new IllegalArgumentException(
          "bad thumbnail " + width + "x" + height + " with " + luma.length + " bytes");
    }
  }

  public int at(int x, int y) {
    return luma[y * width + x] & 0xff;
  }
}

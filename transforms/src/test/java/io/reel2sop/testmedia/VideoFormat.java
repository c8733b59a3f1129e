package io.reel2sop.testmedia;

/**
 * The picture of a recording: size, nominal frame rate (frames may still come at any times) and
 * encoder. YUV 4:2:0 needs an even width and height.
 */
public record VideoFormat(int width, int height, int frameRate, VideoCodec codec) {
  public VideoFormat {
    if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
      throw new IllegalArgumentException("4:2:0 video needs a positive even size: " + width + "x" + height);
    }
    if (frameRate <= 0) {
      throw new IllegalArgumentException("frame rate " + frameRate);
    }
  }

  /** Bytes of one BGR24 frame. */
  public int frameBytes() {
    return width * height * 3;
  }
}

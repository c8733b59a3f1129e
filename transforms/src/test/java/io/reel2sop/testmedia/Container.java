package io.reel2sop.testmedia;

/** The file formats the toolkit writes, by FFmpeg's muxer name. */
public enum Container {
  MP4("mp4"),
  MOV("mov"),
  MKV("matroska"),
  WEBM("webm");

  private final String muxer;

  Container(String muxer) {
    this.muxer = muxer;
  }

  public String muxer() {
    return muxer;
  }
}

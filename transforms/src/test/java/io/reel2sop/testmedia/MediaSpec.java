package io.reel2sop.testmedia;

/**
 * What file to write: the container, its video (null for audio only), its audio (null for video
 * only) and, for MP4 and MOV, whether the index goes first ({@code movflags +faststart}).
 */
public record MediaSpec(Container container, VideoFormat video, AudioCodec audio, boolean faststart) {
  public MediaSpec {
    if (video == null && audio == null) {
      throw new IllegalArgumentException("a file needs a video or an audio stream");
    }
    if (faststart && container != Container.MP4 && container != Container.MOV) {
      throw new IllegalArgumentException("faststart is an MP4/MOV option, not " + container);
    }
  }

  public MediaSpec(Container container, VideoFormat video, AudioCodec audio) {
    this(container, video, audio, false);
  }

  public MediaSpec withFaststart() {
    return new MediaSpec(container, video, audio, true);
  }
}

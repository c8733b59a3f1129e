package io.reel2sop.testmedia;

/**
 * What a file says about one stream, as ffprobe would show it.
 *
 * @param type "video", "audio", "subtitle", ...
 * @param codec the codec's short name ("h264", "aac", "opus", "vp9", "mpeg4")
 * @param width picture width, 0 for sound
 * @param height picture height, 0 for sound
 * @param averageFrameRate the container's average frame rate as "num/den" ("0/0" when unknown)
 * @param frames frames counted by decoding the stream to where its data ends (packets for a stream
 *     that is not decoded, such as subtitles)
 * @param durationSeconds the stream's own duration, NaN when the container gives none
 * @param sampleRate sound samples per second, 0 for pictures
 * @param reorderDepth how many frames the decoder holds back to reorder (B-frames), 0 without
 * @param reorderedPackets packets whose time is earlier than one before them in the file: frames
 *     stored out of presentation order, as B-frames are
 */
public record StreamFacts(
    int index,
    String type,
    String codec,
    int width,
    int height,
    String averageFrameRate,
    long frames,
    double durationSeconds,
    int sampleRate,
    int reorderDepth,
    long reorderedPackets) {

  public boolean isVideo() {
    return type.equals("video");
  }

  public boolean isAudio() {
    return type.equals("audio");
  }
}

package io.reel2sop.testmedia;

import java.util.List;

/**
 * What a file says about itself, as ffprobe would show it.
 *
 * @param format the demuxer's name ("mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm")
 * @param durationSeconds the file's duration (its longest stream), NaN when unknown
 */
public record MediaFacts(String format, double durationSeconds, List<StreamFacts> streams) {
  /** The first video stream, or null. */
  public StreamFacts video() {
    return streams.stream().filter(StreamFacts::isVideo).findFirst().orElse(null);
  }

  /** The first audio stream, or null. */
  public StreamFacts audio() {
    return streams.stream().filter(StreamFacts::isAudio).findFirst().orElse(null);
  }
}

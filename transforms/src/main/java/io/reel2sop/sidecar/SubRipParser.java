package io.reel2sop.sidecar;

import java.util.ArrayList;
import java.util.List;

/** SubRip ({@code .srt}) files: numbered cues with {@code 00:00:01,000 --> 00:00:02,500} times. */
final class SubRipParser {

  private SubRipParser() {}

  static SidecarCues parse(String text, String file) throws SidecarFormatException {
    List<Cue> cues = new ArrayList<>();
    for (CueBlocks.Block block : CueBlocks.split(CueBlocks.lines(text), 0)) {
      cues.add(CueBlocks.cue(block, file));
    }
    return new SidecarCues(null, cues);
  }
}

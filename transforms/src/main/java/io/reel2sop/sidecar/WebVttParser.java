package io.reel2sop.sidecar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** WebVTT files: the {@code WEBVTT} signature, header metadata, then cues, notes and style blocks. */
final class WebVttParser {

  private static final Pattern SIGNATURE = Pattern.compile("WEBVTT(?:[ \t].*)?");
  private static final Pattern NON_CUE_BLOCK =
      Pattern.compile("(?:NOTE|STYLE|REGION)(?:[ \t].*)?");

  private WebVttParser() {}

  static SidecarCues parse(String text, String file) throws SidecarFormatException {
    List<String> lines = CueBlocks.lines(text);
    if (!SIGNATURE.matcher(lines.get(0)).matches()) {
      throw new SidecarFormatException(file, 1, "a WebVTT file must start with 'WEBVTT'");
    }
    String language = null;
    int line = 1;
    for (; line < lines.size() && !lines.get(line).isBlank(); line++) {
      String header = lines.get(line);
      if (header.contains("-->")) {
        throw new SidecarFormatException(
            file, line + 1, "a blank line must separate the WEBVTT header from the first cue");
      }
      int colon = header.indexOf(':');
      if (colon > 0
          && header.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("language")) {
        language = header.substring(colon + 1).strip();
      }
    }
    List<Cue> cues = new ArrayList<>();
    for (CueBlocks.Block block : CueBlocks.split(lines, line)) {
      if (!NON_CUE_BLOCK.matcher(block.first()).matches()) {
        cues.add(CueBlocks.cue(block, file));
      }
    }
    return new SidecarCues(language == null || language.isEmpty() ? null : language, cues);
  }
}

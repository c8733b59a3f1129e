package io.reel2sop.sidecar;

import io.reel2sop.render.TimeFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * What WebVTT and SubRip share: blocks separated by blank lines, and cue blocks made of an optional
 * identifier line, a {@code start --> end [settings]} timing line and text lines.
 */
final class CueBlocks {

  /** Lines of one block; {@code firstLine} is the 1-based file line number of {@code lines[0]}. */
  record Block(int firstLine, List<String> lines) {
    String first() {
      return lines.get(0);
    }
  }

  private CueBlocks() {}

  /** Text split into lines (any of CRLF, CR, LF), without a leading byte-order mark. */
  static List<String> lines(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return List.of(withoutBom.split("\r\n|\r|\n", -1));
  }

  /** Runs of non-blank lines, starting at index {@code from} (0-based) of {@code lines}. */
  static List<Block> split(List<String> lines, int from) {
    List<Block> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int firstLine = 0;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(new Block(firstLine, List.copyOf(current)));
          current.clear();
        }
        continue;
      }
      if (current.isEmpty()) {
        firstLine = i + 1;
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      blocks.add(new Block(firstLine, List.copyOf(current)));
    }
    return blocks;
  }

  /**
   * The cue in a block, its raw text lines joined and cleaned by {@link CueText#clean}.
   *
   * @throws SidecarFormatException if the block has no timing line where one must be, or its times
   *     are not valid
   */
  static Cue cue(Block block, String file) throws SidecarFormatException {
    int timing = block.first().contains("-->") ? 0 : 1;
    if (timing >= block.lines().size() || !block.lines().get(timing).contains("-->")) {
      throw new SidecarFormatException(
          file,
          block.firstLine(),
          "a cue must start with a timing line 'start --> end' (after an optional identifier)");
    }
    int lineNumber = block.firstLine() + timing;
    String[] sides = block.lines().get(timing).split("-->", 2);
    double start = time(sides[0].strip(), file, lineNumber);
    String[] rest = sides[1].strip().split("\\s+", 2);
    double end = time(rest[0], file, lineNumber);
    if (end < start) {
      throw new SidecarFormatException(file, lineNumber, "cue ends before it starts");
    }
    List<String> text = block.lines().subList(timing + 1, block.lines().size());
    for (int i = 0; i < text.size(); i++) {
      if (text.get(i).contains("-->")) {
        throw new SidecarFormatException(
            file, lineNumber + 1 + i, "a second timing line without a blank line before it");
      }
    }
    return new Cue(start, end, CueText.clean(String.join("\n", text)));
  }

  private static double time(String text, String file, int line) throws SidecarFormatException {
    try {
      return TimeFormat.parseClock(text);
    } catch (IllegalArgumentException e) {
      throw new SidecarFormatException(file, line, e.getMessage());
    }
  }
}

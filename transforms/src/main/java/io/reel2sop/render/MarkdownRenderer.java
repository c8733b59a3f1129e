package io.reel2sop.render;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;

/**
 * {@code sop.md}: the SOP as CommonMark, screenshots referenced relatively. User text is escaped
 * so that a narration can never turn into a heading, a link, emphasis or raw HTML.
 */
public final class MarkdownRenderer {

  /**
   * Punctuation that means something anywhere in a CommonMark/GFM line. Others ({@code ( ) !}) only
   * matter after one of these, and {@code - + =} only at the start of a line.
   */
  private static final String SIGNIFICANT = "\\`*_[]<>#|~&";

  private MarkdownRenderer() {}

  public static String render(SopDocument document) {
    StringBuilder md = new StringBuilder(4096);
    md.append("# ").append(inline(document.title())).append("\n\n");
    if (document.summary() != null && !document.summary().isBlank()) {
      md.append(inline(document.summary())).append("\n\n");
    }
    md.append('*').append(inline(RecordingFacts.oneLine(document))).append("*\n\n");
    md.append("## Steps\n");
    for (Step step : document.steps()) {
      appendStep(md, step);
    }
    if (document.transcript() != null && !document.transcript().words().isEmpty()) {
      md.append("\n---\n\nFull transcript: [transcript.vtt](transcript.vtt)\n");
    }
    return md.toString();
  }

  private static void appendStep(StringBuilder md, Step step) {
    md.append("\n### ").append(step.index()).append(". ").append(inline(step.instruction()))
        .append("\n\n");
    md.append('*').append(TimeFormat.range(step.start(), step.end())).append("*\n\n");
    if (step.screenshot() != null) {
      md.append("![Step ").append(step.index()).append("](")
          .append(linkDestination(step.screenshot().path())).append(")\n\n");
    }
    if (step.narration() != null && !step.narration().isBlank()) {
      md.append("> ").append(inline(step.narration())).append('\n');
    }
  }

  /**
   * One line of literal text: line breaks become spaces, significant punctuation is backslash
   * escaped, and a leading {@code 1.} or {@code -} cannot start a list.
   */
  static String inline(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder(oneLine.length() + 8);
    for (int i = 0; i < oneLine.length(); i++) {
      char c = oneLine.charAt(i);
      if (SIGNIFICANT.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString()
        .replaceFirst("^(\\d+)([.)])", "$1\\\\$2")
        .replaceFirst("^([-+=])", "\\\\$1");
  }

  /** Spaces and parentheses would end or break an inline link destination. */
  private static String linkDestination(String path) {
    return path.replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29");
  }
}

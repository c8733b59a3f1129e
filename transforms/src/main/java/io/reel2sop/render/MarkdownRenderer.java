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
    if (document.edits() != null && !document.edits().orphaned().isEmpty()) {
      md.append("> **Needs review:** ").append(inline(SopOutlineText.orphanedIntro(document))).append('\n');
      document.edits().orphaned().forEach(o -> md.append("> - ").append(inline(SopOutlineText.orphan(o))).append('\n'));
      md.append('\n');
    }
    if (document.objective() != null) {
      md.append("**Objective:** ").append(inline(document.objective())).append("\n\n");
    }
    if (!document.tools().isEmpty()) {
      md.append("**Tools:** ").append(inline(SopOutlineText.tools(document))).append("\n\n");
    }
    if (document.sections().isEmpty()) {
      md.append("## Steps\n");
      document.steps().forEach(step -> appendStep(md, step));
    } else {
      for (SopDocument.Section section : document.sections()) {
        md.append("\n## ").append(section.number()).append(". ")
            .append(inline(SopOutlineText.title(section))).append('\n');
        SopOutlineText.stepsOf(document, section).forEach(step -> appendStep(md, step));
      }
    }
    if (document.expectedResult() != null) {
      md.append("\n## Expected result\n\n").append(inline(document.expectedResult())).append('\n');
    }
    if (document.transcript() != null && !document.transcript().words().isEmpty()) {
      md.append("\n---\n\nFull transcript: [transcript.vtt](transcript.vtt)\n");
    }
    return md.toString();
  }

  private static void appendStep(StringBuilder md, Step step) {
    md.append("\n### ").append(step.number()).append(". ").append(withTarget(step)).append("\n\n");
    md.append('*').append(TimeFormat.range(step.start(), step.end())).append("*\n\n");
    if (step.screenshot() != null) {
      md.append("![Step ").append(step.index()).append("](")
          .append(linkDestination(step.screenshot().path())).append(")\n\n");
    }
    if (step.narration() != null && !step.narration().isBlank()) {
      md.append("> ").append(inline(step.narration())).append('\n');
    }
    step.warnings().forEach(w -> md.append("\n**Warning:** ").append(inline(w)).append('\n'));
    step.notes().forEach(n -> md.append("\n**Note:** ").append(inline(n)).append('\n'));
    if (!step.edits().isEmpty()) {
      md.append("\n*Edited by a reviewer: ").append(inline(String.join(", ", step.edits()))).append("*\n");
    }
  }

  /** The instruction with the element it names in bold, as the screen spells it. */
  private static String withTarget(Step step) {
    String instruction = step.instruction();
    int at = SopOutlineText.targetAt(step);
    if (at < 0) {
      return inline(instruction);
    }
    String label = step.target().label();
    String line = escaped(oneLine(instruction.substring(0, at))) + "**" + escaped(oneLine(label)) + "**"
        + escaped(oneLine(instruction.substring(at + label.length())));
    return notABlockStart(line.strip());
  }

  /**
   * One line of literal text: line breaks become spaces, significant punctuation is backslash
   * escaped, and a leading {@code 1.} or {@code -} cannot start a list.
   */
  static String inline(String text) {
    return text == null ? "" : notABlockStart(escaped(oneLine(text).strip()));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** Significant punctuation backslash escaped. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SIGNIFICANT.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A leading {@code 1.} or {@code -} cannot start a list. */
  private static String notABlockStart(String line) {
    return line.replaceFirst("^(\\d+)([.)])", "$1\\\\$2").replaceFirst("^([-+=])", "\\\\$1");
  }

  /** Spaces and parentheses would end or break an inline link destination. */
  private static String linkDestination(String path) {
    return path.replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29");
  }
}

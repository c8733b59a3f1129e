package io.reel2sop.render;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code transcript.vtt}: the timed words grouped into caption cues. A cue ends at a pause of at
 * least {@link #PAUSE_SECONDS}, after {@link #MAX_WORDS} words, or before it would last longer than
 * {@link #MAX_CUE_SECONDS}. Long cue text is broken into two lines.
 */
public final class WebVttRenderer {

  static final double PAUSE_SECONDS = 0.8;
  static final int MAX_WORDS = 10;
  static final double MAX_CUE_SECONDS = 6.0;
  private static final int LINE_LENGTH = 42;
  /** Cues need a positive duration; a word with start == end still gets shown briefly. */
  private static final double MIN_CUE_SECONDS = 0.05;

  private WebVttRenderer() {}

  private static double sectionStart(SopDocument document, SopDocument.Section section) {
    return SopOutlineText.stepsOf(document, section).stream().mapToDouble(Step::start).min().orElse(Double.MAX_VALUE);
  }

  public static String render(SopDocument document) {
    SopDocument.TranscriptInfo transcript = document.transcript();
    StringBuilder vtt = new StringBuilder(4096).append("WEBVTT\n");
    if (transcript != null && transcript.language() != null && !transcript.language().isBlank()) {
      vtt.append("Language: ").append(transcript.language().strip()).append('\n');
    }
    List<List<Word>> cues = transcript == null ? List.of() : cues(transcript.words());
    if (cues.isEmpty()) {
      vtt.append("\nNOTE There was no speech in this recording.\n");
      return vtt.toString();
    }
    int section = 0;
    List<Step> reviewed = document.steps().stream().filter(WebVttRenderer::reviewed).toList();
    int nextReviewed = 0;
    for (int i = 0; i < cues.size(); i++) {
      List<Word> cue = cues.get(i);
      double start = cue.get(0).start();
      while (nextReviewed < reviewed.size() && reviewed.get(nextReviewed).start() <= start) {
        appendReviewNote(vtt, reviewed.get(nextReviewed++));
      }
      // a comment at the first words said in each section names it (players skip comments)
      while (section < document.sections().size() && sectionStart(document, document.sections().get(section)) <= start) {
        SopDocument.Section s = document.sections().get(section++);
        vtt.append("\nNOTE ").append(s.number()).append(". ")
            .append(SopOutlineText.title(s).replace("-->", "->")).append('\n');
      }
      double end = Math.max(cue.get(cue.size() - 1).end(), start + MIN_CUE_SECONDS);
      if (i + 1 < cues.size()) {
        end = Math.max(start, Math.min(end, cues.get(i + 1).get(0).start()));
      }
      vtt.append('\n')
          .append(i + 1).append('\n')
          .append(TimeFormat.clock(start)).append(" --> ").append(TimeFormat.clock(end))
          .append('\n')
          .append(cueText(cue)).append('\n');
    }
    reviewed.subList(nextReviewed, reviewed.size()).forEach(step -> appendReviewNote(vtt, step));
    return vtt.toString();
  }

  /** A step a reviewer edited, or gave a note or warning. */
  private static boolean reviewed(Step step) {
    return !step.edits().isEmpty() || !step.notes().isEmpty() || !step.warnings().isEmpty();
  }

  /** A comment where a reviewed step begins: its instruction as edited, its warnings and notes. */
  private static void appendReviewNote(StringBuilder vtt, Step step) {
    vtt.append("\nNOTE Step ").append(step.number()).append(": ").append(commentLine(step.instruction())).append('\n');
    step.warnings().forEach(w -> vtt.append("Warning: ").append(commentLine(w)).append('\n'));
    step.notes().forEach(n -> vtt.append("Note: ").append(commentLine(n)).append('\n'));
  }

  /** One line that cannot end a comment block or be read as a cue timing. */
  private static String commentLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip().replace("-->", "->");
  }

  /** Consecutive words grouped into cues; words are taken in time order. */
  static List<List<Word>> cues(List<Word> words) {
    List<Word> ordered =
        words.stream()
            .filter(w -> w.word() != null && !w.word().isBlank())
            .sorted((a, b) -> Double.compare(a.start(), b.start()))
            .toList();
    List<List<Word>> cues = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word word : ordered) {
      if (!current.isEmpty() && startsNewCue(current, word)) {
        cues.add(current);
        current = new ArrayList<>();
      }
      current.add(word);
    }
    if (!current.isEmpty()) {
      cues.add(current);
    }
    return cues;
  }

  private static boolean startsNewCue(List<Word> cue, Word next) {
    Word last = cue.get(cue.size() - 1);
    return next.start() - last.end() >= PAUSE_SECONDS
        || cue.size() >= MAX_WORDS
        || next.end() - cue.get(0).start() > MAX_CUE_SECONDS;
  }

  /** The words, escaped, broken into two lines of similar length if longer than one caption line. */
  private static String cueText(List<Word> cue) {
    List<String> words =
        cue.stream()
            .map(w -> w.word().replaceAll("\\s+", " ").strip())
            .toList();
    String text = String.join(" ", words);
    if (text.length() <= LINE_LENGTH || words.size() < 2) {
      return MarkupText.escape(text);
    }
    int bestBreak = 1;
    int bestImbalance = Integer.MAX_VALUE;
    int firstLineLength = -1;
    for (int i = 1; i < words.size(); i++) {
      firstLineLength += words.get(i - 1).length() + 1;
      int imbalance = Math.abs(firstLineLength - (text.length() - firstLineLength - 1));
      if (imbalance < bestImbalance) {
        bestImbalance = imbalance;
        bestBreak = i;
      }
    }
    return MarkupText.escape(
        String.join(" ", words.subList(0, bestBreak))
            + "\n"
            + String.join(" ", words.subList(bestBreak, words.size())));
  }
}

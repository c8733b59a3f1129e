package io.reel2sop.align;

import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a transcript's utterances into sentences, each meant to become one step: at sentence-ending
 * punctuation, and at long pauses inside long utterances. Word timings are kept.
 */
public final class UtteranceSplitter {

  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"'”’)\\]]*$");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?…]+[.!?…]*[\"'”’)\\]]*");

  /** The sentences of {@code transcript} in time order. */
  public List<Utterance> split(Transcript transcript, AlignSettings settings) {
    List<Utterance> sentences = new ArrayList<>();
    for (Utterance utterance : transcript.utterances()) {
      if (utterance.words().isEmpty()) {
        sentences.addAll(splitUntimedText(utterance));
      } else {
        sentences.addAll(splitTimedWords(utterance, settings));
      }
    }
    sentences.sort(Comparator.comparingDouble(Utterance::start));
    return sentences;
  }

  private static List<Utterance> splitTimedWords(Utterance utterance, AlignSettings settings) {
    List<Word> words = utterance.words();
    List<String> written = writtenWords(utterance);
    List<Utterance> sentences = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < words.size(); i++) {
      boolean last = i == words.size() - 1;
      if (last || SENTENCE_END.matcher(written.get(i)).matches()) {
        splitAtPauses(words, written, from, i + 1, settings, sentences);
        from = i + 1;
      }
    }
    return sentences;
  }

  /** Splits words [from, to) at pauses, keeping at least the minimum words on each side. */
  private static void splitAtPauses(
      List<Word> words,
      List<String> written,
      int from,
      int to,
      AlignSettings settings,
      List<Utterance> out) {
    int start = from;
    for (int i = from + 1; i < to; i++) {
      double pause = words.get(i).start() - words.get(i - 1).end();
      boolean enoughBefore = i - start >= settings.minSentenceWords();
      boolean enoughAfter = to - i >= settings.minSentenceWords();
      if (pause >= settings.sentencePause() && enoughBefore && enoughAfter) {
        out.add(sentence(words, written, start, i));
        start = i;
      }
    }
    out.add(sentence(words, written, start, to));
  }

  private static Utterance sentence(List<Word> words, List<String> written, int from, int to) {
    List<Word> part = words.subList(from, to);
    String text = String.join(" ", written.subList(from, to));
    return new Utterance(text, part.get(0).start(), part.get(part.size() - 1).end(), part);
  }

  /**
   * The utterance's own spelling word by word when it lines up with the timed words (sidecar text
   * keeps its punctuation and capitals), else the recognised words.
   */
  static List<String> writtenWords(Utterance utterance) {
    String text = utterance.text() == null ? "" : utterance.text().strip();
    List<String> tokens = text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    if (tokens.size() == utterance.words().size()) {
      return tokens;
    }
    return utterance.words().stream().map(Word::word).toList();
  }

  /** Text without word timings: sentences share the utterance's time in proportion to length. */
  private static List<Utterance> splitUntimedText(Utterance utterance) {
    String text = utterance.text() == null ? "" : utterance.text().strip();
    List<String> parts = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      String part = m.group().strip();
      if (part.chars().anyMatch(Character::isLetterOrDigit)) {
        parts.add(part);
      }
    }
    if (parts.size() <= 1) {
      return List.of(utterance);
    }
    double totalChars = parts.stream().mapToInt(String::length).sum();
    double span = utterance.end() - utterance.start();
    List<Utterance> sentences = new ArrayList<>();
    double cursor = utterance.start();
    for (String part : parts) {
      double end = cursor + span * part.length() / totalChars;
      sentences.add(new Utterance(part, cursor, end, List.of()));
      cursor = end;
    }
    return sentences;
  }
}

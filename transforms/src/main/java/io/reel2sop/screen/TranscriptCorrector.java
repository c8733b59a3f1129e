package io.reel2sop.screen;

import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import io.reel2sop.ocr.OcrLabel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Corrects the recogniser's words with the text on the screen while they were said: a run of one
 * to three words the recogniser was unsure of that sounds or looks like a label on the screen at
 * that moment (a button, a field, a name just typed), word for word, and is not that label already
 * (nor another form of it: "ticket" for "Tickets" was heard right), is replaced by it in the
 * screen's spelling. The recogniser knows everyday words well and the names on a particular
 * screen badly; the screen knows exactly those names. What was heard is kept with the words.
 */
public final class TranscriptCorrector {
  /** A run of words at least this alike to a label on the screen stands for it. */
  static final double STANDS_FOR = 0.8;
  /** Screen text this long before or after a word may be what was said (narration leads or lags). */
  static final double AROUND = 3.0;
  /** Labels of more words than this are sentences, not names. */
  static final int MAX_LABEL_WORDS = 4;
  /** A label must have this many letters: short ones match too many words. */
  static final int MIN_LETTERS = 4;
  /** Each word of the run must be at least this alike to its word of the label. */
  static final double WORD_ALIKE = 0.6;
  /** Only runs with a word the recogniser was less sure of than this are corrected. */
  static final double UNSURE = 0.9;
  /**
   * A single word is corrected only when the recogniser was this unsure of it: a word on its own
   * is easily one the speaker did say ("list", with "Lost" on the screen).
   */
  static final double UNSURE_OF_ONE = 0.6;
  /** Labels read less surely than this are not trusted to correct anything. */
  static final double READ_SURELY = 0.75;

  /** The transcript with words corrected by the screen; utterances keep their times. */
  public Transcript correct(Transcript transcript, List<ScreenReading> readings) {
    if (readings.isEmpty()) {
      return transcript;
    }
    List<Utterance> corrected = new ArrayList<>();
    for (Utterance utterance : transcript.utterances()) {
      corrected.add(correct(utterance, readings));
    }
    return new Transcript(transcript.language(), transcript.source(), corrected);
  }

  private Utterance correct(Utterance utterance, List<ScreenReading> readings) {
    List<Word> words = utterance.words();
    if (words.isEmpty()) {
      return utterance;
    }
    List<List<String>> names = namesOnScreen(readings, words.get(0).start() - AROUND,
        words.get(words.size() - 1).end() + AROUND);
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Replacement best = null;
      for (int length = 3; length >= 1; length--) {
        if (i + length > words.size()) {
          continue;
        }
        List<Word> run = words.subList(i, i + length);
        for (List<String> name : names) {
          Replacement r = replacement(run, name);
          if (r != null && (best == null || r.alike() > best.alike())) {
            best = r;
          }
        }
      }
      if (best == null) {
        out.add(words.get(i));
        i++;
      } else {
        out.addAll(best.words());
        i += best.replaced();
      }
    }
    if (out.equals(words)) {
      return utterance;
    }
    return Utterance.ofWords(out);
  }

  private record Replacement(List<Word> words, int replaced, double alike) {}

  /** The label's words in place of the run, when the run stands for the label and is not it. */
  private static Replacement replacement(List<Word> run, List<String> name) {
    String heard = joined(run.stream().map(Word::word).toList());
    String shown = joined(name);
    double unsure = run.size() == 1 ? UNSURE_OF_ONE : UNSURE;
    if (heard.equals(shown) || shown.length() < MIN_LETTERS || run.size() != name.size()
        || run.stream().allMatch(w -> w.confidence() >= unsure)) {
      return null;
    }
    for (int k = 0; k < name.size(); k++) {
      String said = ScreenWords.normalize(run.get(k).word());
      String written = ScreenWords.normalize(name.get(k));
      if (SoundsLike.similarity(said, written) < WORD_ALIKE || sameStem(said, written)) {
        return null;
      }
    }
    double alike = SoundsLike.similarity(heard, shown);
    if (alike < STANDS_FOR) {
      return null;
    }
    double start = run.get(0).start();
    double span = run.get(run.size() - 1).end() - start;
    String said = String.join(" ", run.stream().map(Word::word).toList());
    double confidence = run.stream().mapToDouble(Word::confidence).min().orElse(1.0);
    List<Word> words = new ArrayList<>();
    for (int k = 0; k < name.size(); k++) {
      double from = start + span * k / name.size();
      double to = start + span * (k + 1) / name.size();
      words.add(new Word(name.get(k), from, to, confidence, k == 0 ? said : null));
    }
    return new Replacement(words, run.size(), alike);
  }

  /** "ticket" and "tickets", "notify" and "notified": the recogniser heard the word, in another form. */
  private static boolean sameStem(String a, String b) {
    return !a.equals(b) && stem(a).equals(stem(b));
  }

  private static String stem(String word) {
    return word.replaceAll("(ies|es|s|ed|d|ing)$", "");
  }

  /** The short labels on the screen during [from, to], as their words in screen order and spelling. */
  private static List<List<String>> namesOnScreen(List<ScreenReading> readings, double from, double to) {
    Set<List<String>> names = new LinkedHashSet<>();
    for (ScreenReading reading : readings) {
      if (reading.to() < from || reading.from() > to) {
        continue;
      }
      for (OcrLabel label : reading.labels()) {
        if (label.confidence() < READ_SURELY) {
          continue;
        }
        List<String> words = new ArrayList<>();
        for (String part : label.text().split("\\s+")) {
          String w = part.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
        if (!words.isEmpty() && words.size() <= MAX_LABEL_WORDS && words.stream().allMatch(w -> w.chars().allMatch(Character::isLetter))) {
          names.add(words);
        }
      }
    }
    return List.copyOf(names);
  }

  private static String joined(List<String> words) {
    StringBuilder s = new StringBuilder();
    words.forEach(w -> s.append(ScreenWords.normalize(w)));
    return s.toString();
  }
}

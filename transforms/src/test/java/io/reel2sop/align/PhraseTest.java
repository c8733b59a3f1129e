package io.reel2sop.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTest {
  private static final double PAUSE = 0.25;

  /** Timed words of {@code spelled}, 0.3 s each; {@code gaps[i]} is the silence before word i + 1. */
  private static List<Word> timed(List<String> spelled, double... gaps) {
    List<Word> words = new ArrayList<>();
    double t = 1.0;
    for (int i = 0; i < spelled.size(); i++) {
      words.add(new Word(spelled.get(i).toLowerCase(), t, t + 0.3, 0.9));
      t += 0.3 + (i < gaps.length ? gaps[i] : 0.1);
    }
    return words;
  }

  @Test
  void phrasesEndAtPausesAndSentenceEnds() {
    List<String> spelled = List.of("Open", "the", "Reports", "tab.", "Then", "click", "Export.");
    List<Word> words = timed(spelled, 0.1, 0.1, 0.1, 0.1, 0.1, 0.4);
    List<Phrase> phrases = Phrase.split(words, spelled, PAUSE);
    assertEquals(List.of("Open the Reports tab.", "Then click", "Export."), phrases.stream().map(Phrase::text).toList());
    assertEquals(List.of(true, true, false), phrases.stream().map(Phrase::opensSentence).toList(),
        "a sentence opens at the start and after a full stop, not after a pause");
    Phrase then = phrases.get(1);
    assertEquals(words.get(4).start(), then.start(), 1e-9);
    assertEquals(words.get(5).end(), then.end(), 1e-9);
    assertEquals(words.subList(4, 6), then.words());
  }

  @Test
  void pauseShorterThanTheMinimumKeepsWordsTogether() {
    List<String> spelled = List.of("click", "on", "save");
    List<Phrase> phrases = Phrase.split(timed(spelled, 0.24, 0.24), spelled, PAUSE);
    assertEquals(List.of("click on save"), phrases.stream().map(Phrase::text).toList());
  }

  @Test
  void sentenceEndsBeforeAClosingQuoteOrBracket() {
    List<String> spelled = List.of("Click", "\"Save.\"", "Done!)", "Next");
    List<Phrase> phrases = Phrase.split(timed(spelled), spelled, PAUSE);
    assertEquals(List.of("Click \"Save.\"", "Done!)", "Next"), phrases.stream().map(Phrase::text).toList());
    assertEquals(List.of(true, true, true), phrases.stream().map(Phrase::opensSentence).toList());
  }

  @Test
  void textOfPhrasesIsTheirTextsJoined() {
    List<String> spelled = List.of("Open", "it.", "Now", "save");
    assertEquals("Open it. Now save", Phrase.text(Phrase.split(timed(spelled), spelled, PAUSE)));
  }
}

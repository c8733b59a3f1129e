package io.reel2sop.screen;

import static io.reel2sop.screen.ScreenText.label;
import static io.reel2sop.screen.ScreenText.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import io.reel2sop.ocr.OcrLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words the recogniser was unsure of, corrected from the labels on the screen while they were said. */
class TranscriptCorrectorTest {
  private static final double UNSURE = 0.5;

  private final TranscriptCorrector corrector = new TranscriptCorrector();

  /** Words from {@code start}, 0.3 s each with 0.1 s between; "word:0.5" is said with that confidence. */
  private static Utterance said(double start, String text) {
    List<Word> words = new ArrayList<>();
    double t = start;
    for (String token : text.split(" ")) {
      String[] parts = token.split(":");
      double confidence = parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0;
      words.add(new Word(parts[0], t, t + 0.3, confidence));
      t += 0.4;
    }
    return Utterance.ofWords(words);
  }

  private static Transcript transcript(Utterance... utterances) {
    return new Transcript("en", "vosk", List.of(utterances));
  }

  /** The screen from 0 to 10 s shows {@code labels}. */
  private static List<ScreenReading> screen(OcrLabel... labels) {
    return List.of(reading(0, 10, labels));
  }

  private static List<String> words(Transcript transcript) {
    return transcript.words().stream().map(Word::word).toList();
  }

  private static final OcrLabel NAME = label("Lina Márquez", 600, 400, 220, 24);

  @Test
  void unsureWordsThatSoundLikeANameOnTheScreenAreWrittenAsTheScreenSpellsThem() {
    Transcript heard = transcript(said(2.0, "assign it to lena:" + UNSURE + " marquez:" + UNSURE));
    Transcript corrected = corrector.correct(heard, screen(NAME, label("Assign", 300, 400, 90, 24)));
    assertEquals(List.of("assign", "it", "to", "Lina", "Márquez"), words(corrected));
    Word first = corrected.words().get(3);
    Word second = corrected.words().get(4);
    assertEquals("lena marquez", first.heard(), "what was heard is kept on the first word");
    assertNull(second.heard());
    assertEquals(3.2, first.start(), 1e-9);
    assertEquals(3.2 + 0.35, first.end(), 1e-9, "the run's time shared by the label's words");
    assertEquals(3.9, second.end(), 1e-9);
    assertEquals(UNSURE, first.confidence());
    Utterance utterance = corrected.utterances().get(0);
    assertEquals("assign it to Lina Márquez", utterance.text());
    assertEquals(2.0, utterance.start(), 1e-9);
    assertEquals(3.9, utterance.end(), 1e-9);
  }

  @Test
  void wordsTheRecogniserWasSureOfAreKept() {
    Transcript heard = transcript(said(2.0, "assign it to lena marquez"));
    assertEquals(heard, corrector.correct(heard, screen(NAME)));
  }

  @Test
  void anotherFormOfTheLabelWasHeardRight() {
    Transcript heard = transcript(said(2.0, "open the tickets:" + UNSURE));
    assertEquals(heard, corrector.correct(heard, screen(label("Ticket", 300, 400, 90, 24))));
  }

  @Test
  void labelAlreadySaidIsKept() {
    Transcript heard = transcript(said(2.0, "click save:" + UNSURE));
    assertEquals(heard, corrector.correct(heard, screen(label("Save", 300, 400, 90, 24))));
  }

  @Test
  void labelOnTheScreenOnlyLongBeforeTheWordsCorrectsNothing() {
    Transcript heard = transcript(said(20.0, "assign it to lena:" + UNSURE + " marquez:" + UNSURE));
    assertEquals(heard, corrector.correct(heard, screen(NAME)));
  }

  @Test
  void labelOnTheScreenWithinThreeSecondsOfTheWordsCorrectsThem() {
    Transcript heard = transcript(said(12.0, "lena:" + UNSURE + " marquez:" + UNSURE));
    assertEquals(List.of("Lina", "Márquez"), words(corrector.correct(heard, screen(NAME))));
  }

  @Test
  void labelsReadUnsurelyLongOrWithDigitsCorrectNothing() {
    Transcript heard = transcript(said(2.0, "assign it to lena:" + UNSURE + " marquez:" + UNSURE));
    assertEquals(heard, corrector.correct(heard, screen(label("Lina Márquez", 600, 400, 220, 24, 0.6))));
    assertEquals(heard, corrector.correct(heard, screen(label("Assigned to Lina Márquez by Tom", 600, 400, 420, 24))));
    assertEquals(heard, corrector.correct(heard, screen(label("Lina2 Márquez", 600, 400, 220, 24))));
  }

  @Test
  void runMustMatchTheLabelWordForWord() {
    Transcript heard = transcript(said(2.0, "assign it to lenamarquez:" + UNSURE));
    assertEquals(heard, corrector.correct(heard, screen(NAME)));
  }

  @Test
  void noReadingsLeaveTheTranscriptAsItIs() {
    Transcript heard = transcript(said(2.0, "lena:" + UNSURE + " marquez:" + UNSURE));
    assertSame(heard, corrector.correct(heard, List.of()));
  }
}

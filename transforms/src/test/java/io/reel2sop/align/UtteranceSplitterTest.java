package io.reel2sop.align;

import static io.reel2sop.align.Speech.utterance;
import static io.reel2sop.align.Speech.vosk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtteranceSplitterTest {

  private final UtteranceSplitter splitter = new UtteranceSplitter();
  private final AlignSettings settings = AlignSettings.defaults();

  @Test
  void splitsSidecarTextAtSentenceEndsKeepingItsSpelling() {
    Utterance cue = utterance(2.0, "First, open Settings. Then click Save!");
    List<Utterance> sentences = splitter.split(vosk(cue), settings);
    assertEquals(List.of("First, open Settings.", "Then click Save!"), texts(sentences));
    assertEquals(2.0, sentences.get(0).start(), 1e-9);
    assertEquals(cue.words().get(2).end(), sentences.get(0).end(), 1e-9);
    assertEquals(cue.words().get(3).start(), sentences.get(1).start(), 1e-9);
    assertEquals(3, sentences.get(1).words().size());
  }

  @Test
  void splitsALongUtteranceAtALongPause() {
    Utterance first = utterance(0, "click on new lead");
    Utterance second = utterance(first.end() + 0.9, "then type the company name");
    Utterance joined = joined(first, second);
    List<Utterance> sentences = splitter.split(vosk(joined), settings);
    assertEquals(List.of("click on new lead", "then type the company name"), texts(sentences));
    assertEquals(second.start(), sentences.get(1).start(), 1e-9);
    assertEquals(first.words(), sentences.get(0).words());
  }

  @Test
  void keepsShortPausesInsideOneSentence() {
    Utterance first = utterance(0, "click on new lead");
    Utterance second = utterance(first.end() + 0.5, "then type the company name");
    assertEquals(1, splitter.split(vosk(joined(first, second)), settings).size());
  }

  @Test
  void doesNotCutOffFragmentsShorterThanTheMinimum() {
    Utterance hesitation = utterance(0, "um so");
    Utterance rest = utterance(hesitation.end() + 1.2, "click on the save button");
    List<Utterance> sentences = splitter.split(vosk(joined(hesitation, rest)), settings);
    assertEquals(List.of("um so click on the save button"), texts(sentences));
  }

  @Test
  void splitsUntimedTextInProportionToLength() {
    Utterance cue = new Utterance("Open the menu. Choose Settings.", 10, 13, List.of());
    List<Utterance> sentences = splitter.split(vosk(cue), settings);
    assertEquals(List.of("Open the menu.", "Choose Settings."), texts(sentences));
    assertEquals(10, sentences.get(0).start(), 1e-9);
    assertEquals(sentences.get(0).end(), sentences.get(1).start(), 1e-9);
    assertEquals(13, sentences.get(1).end(), 1e-9);
  }

  @Test
  void returnsSentencesInTimeOrderAcrossUtterances() {
    Transcript transcript = vosk(utterance(8, "save the record"), utterance(1, "open the form"));
    assertEquals(List.of("open the form", "save the record"), texts(splitter.split(transcript, settings)));
  }

  @Test
  void emptyTranscriptHasNoSentences() {
    assertEquals(List.of(), splitter.split(Transcript.none(), settings));
  }

  private static Utterance joined(Utterance a, Utterance b) {
    List<Word> words = new ArrayList<>(a.words());
    words.addAll(b.words());
    return Utterance.ofWords(words);
  }

  private static List<String> texts(List<Utterance> sentences) {
    return sentences.stream().map(Utterance::text).toList();
  }
}

package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Word;
import io.reel2sop.sidecar.SidecarTranscript;
import io.reel2sop.testmedia.WebVttCues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebVttRendererTest {

  private static final Pattern TIMING =
      Pattern.compile("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} --> \\d{2}:\\d{2}:\\d{2}\\.\\d{3}");

  @TempDir Path dir;

  @Test
  void rendersHeaderAndCuesSplitAtPausesAndWordLimit() {
    String vtt = WebVttRenderer.render(SampleSop.document());
    assertTrue(vtt.startsWith("WEBVTT\nLanguage: en\n\n1\n00:00:02.000 --> 00:00:04.300\n"), vtt);
    assertTrue(vtt.contains("\nfirst open the billing page now\n\n2\n00:00:05.800 --> "), vtt);
    // 18 words after the pause: 10 then 8
    assertEquals(3, TIMING.matcher(vtt).results().count(), vtt);
    assertTrue(vtt.contains("&lt;b&gt;&amp;"), vtt);
  }

  @Test
  void longCuesAreSplitAtSixSeconds() {
    List<Word> slow = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      slow.add(new Word("w" + i, 1.5 * i, 1.5 * i + 1.2, 1.0));
    }
    List<List<Word>> cues = WebVttRenderer.cues(slow);
    assertEquals(List.of(4, 2), cues.stream().map(List::size).toList());
    assertTrue(cues.get(0).get(3).end() - cues.get(0).get(0).start() <= 6.0);
  }

  @Test
  void noWordsGivesHeaderAndNote() {
    String vtt = WebVttRenderer.render(withWords(List.of()));
    assertEquals("WEBVTT\nLanguage: en\n\nNOTE There was no speech in this recording.\n", vtt);
  }

  @Test
  void ourOwnParserReadsItBack() throws IOException {
    Path file = dir.resolve("transcript.vtt");
    Files.writeString(file, WebVttRenderer.render(SampleSop.document()));
    var transcript = SidecarTranscript.read(file);
    assertEquals("en", transcript.language());
    assertEquals(3, transcript.utterances().size());
    assertEquals("first open the billing page now", transcript.utterances().get(0).text());
    assertEquals(2.0, transcript.utterances().get(0).start(), 1e-9);
    assertEquals(4.3, transcript.utterances().get(0).end(), 1e-9);
  }

  @Test
  void ffmpegReadsEveryCueAndWritesThemBack() throws Exception {
    Path withSpeech = dir.resolve("transcript.vtt");
    Files.writeString(withSpeech, WebVttRenderer.render(SampleSop.document()));
    List<WebVttCues.Cue> cues = WebVttCues.read(withSpeech);
    assertEquals(3, cues.size(), cues.toString());
    assertEquals(new WebVttCues.Cue(2.0, 4.3, "first open the billing page now"), cues.get(0));
    assertEquals(cues, WebVttCues.rewritten(withSpeech));

    Path silent = dir.resolve("silent.vtt");
    Files.writeString(silent, WebVttRenderer.render(withWords(List.of())));
    assertEquals(List.of(), WebVttCues.read(silent));
    assertEquals(List.of(), WebVttCues.rewritten(silent));
  }

  @Test
  void eachSectionIsNamedInANoteBeforeItsFirstWords() {
    String vtt = WebVttRenderer.render(SampleSop.outlined());
    assertTrue(vtt.startsWith("WEBVTT\nLanguage: en\n\nNOTE 1. Billing\n\n1\n00:00:02.000 --> "), vtt);
    // section 2 starts at 8 s, inside the second cue (5.8 s to 8.75 s): named before the third
    assertTrue(vtt.contains("\nNOTE 2. Section 2\n\n3\n00:00:08.800 --> "), vtt);
    assertEquals(2, vtt.split("\nNOTE ", -1).length - 1, vtt);
  }

  @Test
  void sectionNotesCannotEndTheirBlock() {
    SopDocument outlined = SampleSop.outlined();
    SopDocument arrow = new SopDocument(outlined.schemaVersion(), outlined.recording(), outlined.producedBy(),
        outlined.title(), outlined.summary(), outlined.objective(), outlined.tools(),
        List.of(new SopDocument.Section(1, "Billing --> Invoices", 1, 4)), outlined.steps(), outlined.expectedResult(),
        outlined.scenes(), outlined.transcript());
    assertTrue(WebVttRenderer.render(arrow).contains("\nNOTE 1. Billing -> Invoices\n"));
  }

  @Test
  void sectionNotesLeaveTheCuesAsTheyWere() throws IOException {
    Path plain = dir.resolve("plain.vtt");
    Path outlined = dir.resolve("outlined.vtt");
    Files.writeString(plain, WebVttRenderer.render(SampleSop.document()));
    Files.writeString(outlined, WebVttRenderer.render(SampleSop.outlined()));
    assertEquals(SidecarTranscript.read(plain).utterances(), SidecarTranscript.read(outlined).utterances());
    assertEquals(WebVttCues.read(plain), WebVttCues.read(outlined));
  }

  private static SopDocument withWords(List<Word> words) {
    SopDocument d = SampleSop.document();
    return new SopDocument(
        d.schemaVersion(), d.recording(), d.producedBy(), d.title(), d.summary(), d.steps(),
        d.scenes(), new SopDocument.TranscriptInfo("en", "none", words));
  }
}

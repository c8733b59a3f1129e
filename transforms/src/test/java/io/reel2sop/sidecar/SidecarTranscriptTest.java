package io.reel2sop.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTranscriptTest {

  @TempDir Path dir;

  private static final String TRICKY_VTT =
      "\uFEFFWEBVTT - made by hand\r\n"
          + "Kind: captions\r\n"
          + "Language: de\r\n"
          + "\r\n"
          + "STYLE\r\n"
          + "::cue { color: yellow }\r\n"
          + "\r\n"
          + "NOTE this block\r\n"
          + "spans two lines\r\n"
          + "\r\n"
          + "intro\r\n"
          + "00:01.000 --> 00:03.000 align:start position:10%\r\n"
          + "<v Roger>Open the <b>Billing</b> page,</v>\r\n"
          + "then wait.\r\n"
          + "\r\n"
          + "00:00:04.500 --> 00:00:06.500\r\n"
          + "<c.yellow>Tom &amp; Jerry</c> &lt;3 <00:00:05.000>caf&#233;&nbsp;now\r\n"
          + "\r\n"
          + "00:00:07.000 --> 00:00:08.000\r\n"
          + "\u266a \u266a\r\n";

  @Test
  void readsTrickyWebVtt() throws IOException {
    Transcript transcript = SidecarTranscript.read(write("demo.vtt", TRICKY_VTT));
    assertEquals("de", transcript.language());
    assertEquals("sidecar", transcript.source());
    List<Utterance> utterances = transcript.utterances();
    assertEquals(2, utterances.size(), "the music-only cue has no words: " + utterances);

    Utterance first = utterances.get(0);
    assertEquals("Open the Billing page, then wait.", first.text());
    assertEquals(1.0, first.start(), 1e-9);
    assertEquals(3.0, first.end(), 1e-9);
    assertEquals(
        List.of("Open", "the", "Billing", "page", "then", "wait"),
        first.words().stream().map(Word::word).toList());

    Utterance second = utterances.get(1);
    assertEquals("Tom & Jerry <3 café now", second.text());
    assertEquals(4.5, second.start(), 1e-9);
    assertEquals(6.5, second.end(), 1e-9);
  }

  @Test
  void wordTimesSpreadOverTheCueByLength() throws IOException {
    Utterance first = SidecarTranscript.read(write("demo.vtt", TRICKY_VTT)).utterances().get(0);
    List<Word> words = first.words();
    // lengths 4,3,7,4,4,4 = 26 letters over 2 s
    assertEquals(1.0, words.get(0).start(), 1e-9);
    assertEquals(1.0 + 2.0 * 4 / 26, words.get(0).end(), 1e-9);
    assertEquals(words.get(0).end(), words.get(1).start(), 1e-9);
    assertEquals(1.0 + 2.0 * 14 / 26, words.get(2).end(), 1e-9);
    assertEquals(3.0, words.get(5).end(), 1e-9);
    assertTrue(words.stream().allMatch(w -> w.confidence() == 1.0));
  }

  @Test
  void readsSubRipWithCommaMillisecondsAndTags() throws IOException {
    String srt =
        "\uFEFF1\r\n"
            + "00:00:01,250 --> 00:00:03,750\r\n"
            + "<i>Click</i> <font color=\"#ff0000\">Save</font>.\r\n"
            + "\r\n"
            + "\r\n"
            + "2\r\n"
            + "00:01:02,000 --> 00:01:04,500 X1:40 X2:600 Y1:20 Y2:50\r\n"
            + "{\\an8}Then it's done &amp; saved\r\n"
            + "- for real\r\n";
    Transcript transcript = SidecarTranscript.read(write("clip.SRT", srt));
    assertEquals("en", transcript.language());
    assertEquals(2, transcript.utterances().size());
    Utterance first = transcript.utterances().get(0);
    assertEquals("Click Save.", first.text());
    assertEquals(1.25, first.start(), 1e-9);
    assertEquals(3.75, first.end(), 1e-9);
    Utterance second = transcript.utterances().get(1);
    assertEquals("Then it's done & saved - for real", second.text());
    assertEquals(62.0, second.start(), 1e-9);
    assertEquals(
        List.of("Then", "it's", "done", "saved", "for", "real"),
        second.words().stream().map(Word::word).toList());
  }

  @Test
  void malformedFilesNameFileAndLine() throws IOException {
    assertMalformed("a.vtt", "WEBVTTX\n\n00:01.000 --> 00:02.000\nhi\n", 1);
    assertMalformed("b.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n\n00:03.000 -> 00:04.000\nx\n", 6);
    assertMalformed("c.vtt", "WEBVTT\n\n00:01.000 --> 00:00.500\nbackwards\n", 3);
    assertMalformed("d.srt", "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:xx,000 --> 00:00:03,000\nbad\n", 6);
    assertMalformed("e.srt", "1\n00:00:01,000 --> 00:00:02,000\nok\n00:00:03,000 --> 00:00:04,000\n", 4);
    assertMalformed("f.vtt", "WEBVTT\n00:01.000 --> 00:02.000\nno blank line\n", 2);
  }

  @Test
  void emptyWebVttIsAnEmptyTranscript() throws IOException {
    Transcript transcript = SidecarTranscript.read(write("silent.vtt", "WEBVTT\n\nNOTE nothing said\n"));
    assertEquals(List.of(), transcript.utterances());
  }

  @Test
  void otherExtensionsAreRefused() throws IOException {
    IOException e = assertThrows(IOException.class, () -> SidecarTranscript.read(write("x.txt", "hi")));
    assertTrue(e.getMessage().contains("x.txt"), e.getMessage());
  }

  @Test
  void findsVttBeforeSrtNextToTheRecording() throws IOException {
    Path recording = write("demo.mp4", "");
    assertEquals(Optional.empty(), SidecarTranscript.findNextTo(recording));
    Path srt = write("demo.srt", "");
    assertEquals(Optional.of(srt), SidecarTranscript.findNextTo(recording));
    Path vtt = write("demo.vtt", "");
    assertEquals(Optional.of(vtt), SidecarTranscript.findNextTo(recording));
    write("other.vtt", "");
    assertEquals(Optional.empty(), SidecarTranscript.findNextTo(write("nothing.webm", "")));
  }

  @Test
  void findNextToKeepsInnerDotsOfTheBaseName() throws IOException {
    Path vtt = write("team.call.2024.vtt", "");
    assertEquals(Optional.of(vtt), SidecarTranscript.findNextTo(dir.resolve("team.call.2024.mkv")));
  }

  private void assertMalformed(String name, String content, int line) throws IOException {
    Path file = write(name, content);
    SidecarFormatException e =
        assertThrows(SidecarFormatException.class, () -> SidecarTranscript.read(file));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
  }

  private Path write(String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }
}

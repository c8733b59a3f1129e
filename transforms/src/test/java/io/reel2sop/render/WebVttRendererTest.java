package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Word;
import io.reel2sop.sidecar.SidecarTranscript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
  void ffmpegAcceptsEveryCue() throws Exception {
    assertTrue(onPath("ffmpeg"), "ffmpeg must be installed (.ci/run installs it)");
    Path withSpeech = dir.resolve("transcript.vtt");
    Files.writeString(withSpeech, WebVttRenderer.render(SampleSop.document()));
    String reencoded = ffmpeg(withSpeech);
    assertEquals(3, reencoded.lines().filter(l -> l.contains(" --> ")).count(), reencoded);
    assertTrue(reencoded.contains("first open the billing page now"), reencoded);

    Path silent = dir.resolve("silent.vtt");
    Files.writeString(silent, WebVttRenderer.render(withWords(List.of())));
    assertTrue(ffmpeg(silent).startsWith("WEBVTT"));
  }

  /**
   * Runs {@code ffmpeg -i file -f null -} (a subtitle stream needs {@code -map 0 -c copy} for the
   * null muxer) and then decodes the cues back to WebVTT, which only shows cues ffmpeg understood.
   */
  private String ffmpeg(Path file) throws Exception {
    run("ffmpeg", "-v", "error", "-i", file.toString(), "-map", "0", "-c", "copy", "-f", "null", "-");
    Path out = dir.resolve("ffmpeg-" + file.getFileName());
    run("ffmpeg", "-v", "error", "-y", "-i", file.toString(), "-f", "webvtt", out.toString());
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ffmpeg timed out");
    assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    return path != null
        && Pattern.compile(java.io.File.pathSeparator).splitAsStream(path)
            .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }

  private static SopDocument withWords(List<Word> words) {
    SopDocument d = SampleSop.document();
    return new SopDocument(
        d.schemaVersion(), d.recording(), d.producedBy(), d.title(), d.summary(), d.steps(),
        d.scenes(), new SopDocument.TranscriptInfo("en", "none", words));
  }
}

package io.reel2sop.testmedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebVttCuesTest {
  @TempDir Path dir;

  @Test
  void readsEveryCueWithItsTimesAndTextSkippingNotes() throws IOException {
    Path vtt = Files.writeString(dir.resolve("a.vtt"), """
        WEBVTT
        Language: en

        NOTE not a cue

        1
        00:00:02.000 --> 00:00:04.300
        first open the billing page

        2
        00:01:05.250 --> 00:01:07.000
        two lines
        of text &amp; more
        """);
    List<WebVttCues.Cue> cues = WebVttCues.read(vtt);
    assertEquals(List.of(
        new WebVttCues.Cue(2.0, 4.3, "first open the billing page"),
        new WebVttCues.Cue(65.25, 67.0, "two lines\nof text &amp; more")), cues);

    assertEquals(cues, WebVttCues.rewritten(vtt), "the cues survive FFmpeg's WebVTT muxer");
  }

  @Test
  void aFileThatIsNotWebVttIsRefused() throws IOException {
    // (FFmpeg takes any .vtt file for WebVTT, so the content alone must not look like it)
    Path notVtt = Files.writeString(dir.resolve("b.txt"), "00:00:01.000 --> 00:00:02.000\nno header\n");
    assertThrows(IOException.class, () -> WebVttCues.read(notVtt));
  }
}

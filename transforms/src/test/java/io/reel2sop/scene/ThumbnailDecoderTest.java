package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.media.ThumbnailDecoder;
import io.reel2sop.model.SceneAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decodes small videos made with the system ffmpeg at test time. */
class ThumbnailDecoderTest {
  @TempDir Path dir;

  /** 1 s of flat grey, then 1 s of ffmpeg's test pattern: a hard switch at frame 25 (1.0 s). */
  private Path greyThenPattern() throws Exception {
    Path video = dir.resolve("switch.mp4");
    Process p =
        new ProcessBuilder(
                "ffmpeg", "-v", "error", "-y",
                "-f", "lavfi", "-i", "color=c=gray:s=320x180:r=25:d=1",
                "-f", "lavfi", "-i", "testsrc=s=320x180:r=25:d=1",
                "-filter_complex", "[0][1]concat=n=2:v=1",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", video.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), "ffmpeg failed: " + log);
    return video;
  }

  @Test
  void streamsEveryFrameAsAThumbnailWithItsTime() throws Exception {
    List<GreyFrame> frames = new ArrayList<>();
    long count = new ThumbnailDecoder().decode(greyThenPattern().toString(), 192, 0, frames::add);

    assertEquals(50, count);
    assertEquals(50, frames.size());
    for (int i = 0; i < frames.size(); i++) {
      assertEquals(i / 25.0, frames.get(i).time(), 1e-3, "time of frame " + i);
      assertEquals(192, frames.get(i).width());
      assertEquals(108, frames.get(i).height());
    }
    int grey = frames.get(10).at(96, 54);
    assertTrue(grey > 100 && grey < 160, "flat grey first second, got " + grey);
  }

  @Test
  void analyzerFindsTheSwitchWithinOneFrame() throws Exception {
    SceneAnalysis a =
        new RecordingSceneAnalyzer()
            .analyze(greyThenPattern().toString(), 320, 180, SceneSettings.defaults());
    assertEquals(50, a.framesDecoded());
    assertEquals(1, a.cuts().size(), "cuts: " + a.cuts());
    assertEquals(1.0, a.cuts().get(0).time(), 0.04 + 1e-9);
  }

  @Test
  void corruptFileGivesAnIoExceptionNamingIt() throws Exception {
    Path corrupt = dir.resolve("corrupt.mp4");
    byte[] junk = new byte[64 * 1024];
    new Random(1).nextBytes(junk);
    Files.write(corrupt, junk);
    IOException e =
        assertThrows(IOException.class, () -> new ThumbnailDecoder().decode(corrupt.toString(), 192, 0, f -> true));
    assertTrue(e.getMessage().contains("corrupt.mp4"), e.getMessage());
  }

  @Test
  void emptyAndMissingFilesGiveAnIoExceptionNamingThem() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.mp4"));
    Path missing = dir.resolve("missing.mp4");
    for (Path p : List.of(empty, missing)) {
      IOException e =
          assertThrows(IOException.class, () -> new ThumbnailDecoder().decode(p.toString(), 192, 0, f -> true));
      assertTrue(e.getMessage().contains(p.getFileName().toString()), e.getMessage());
    }
  }
}

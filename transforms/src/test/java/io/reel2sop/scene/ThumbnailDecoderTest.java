package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.media.GreyFrame;
import io.reel2sop.media.ThumbnailDecoder;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.testmedia.BgrFrames;
import io.reel2sop.testmedia.Container;
import io.reel2sop.testmedia.MediaSpec;
import io.reel2sop.testmedia.MediaWriter;
import io.reel2sop.testmedia.TestCard;
import io.reel2sop.testmedia.VideoCodec;
import io.reel2sop.testmedia.VideoFormat;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decodes small videos made with the test media toolkit at test time. */
class ThumbnailDecoderTest {
  @TempDir Path dir;

  /** 1 s of flat grey, then 1 s of a moving test card: a hard switch at frame 25 (1.0 s). */
  private Path greyThenPattern() throws Exception {
    Path video = dir.resolve("switch.mp4");
    VideoFormat format = new VideoFormat(320, 180, 25, new VideoCodec.H264(400_000));
    byte[] grey = BgrFrames.filled(320, 180, new Color(128, 128, 128));
    try (MediaWriter out = MediaWriter.open(video, new MediaSpec(Container.MP4, format, null), null)) {
      for (int i = 0; i < 50; i++) {
        out.frame(i < 25 ? grey : TestCard.frame(320, 180, i), i / 25.0);
      }
    }
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

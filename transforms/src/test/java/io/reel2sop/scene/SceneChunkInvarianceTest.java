package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.TimeChunk;
import io.reel2sop.peer.PeerData;
import io.reel2sop.testmedia.StreamCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scene detection of a recording split into chunks, each analysed on its own and stitched, finds
 * exactly what one pass over the whole recording finds: the same cuts (same frame, settle time and
 * changed box), the same local changes, no cut twice, none lost, whatever the chunk length, also
 * when a chunk border falls right on a cut.
 */
class SceneChunkInvarianceTest {
  private static final Path SAMPLE = Path.of("../samples/new-lead-walkthrough.mp4");
  private final RecordingSceneAnalyzer analyzer = new RecordingSceneAnalyzer();

  @Test
  void screenRecordingGivesTheSameScenesWhateverTheChunkLength() throws Exception {
    Path video = sampleThreeTimes();
    SceneAnalysis whole = analyzer.analyze(video.toString(), 1280, 720, SceneSettings.defaults());
    assertTrue(whole.cuts().size() >= 14, "cuts: " + whole.cuts());
    assertFalse(whole.localChanges().isEmpty());
    assertFalse(whole.pointerRests().isEmpty());
    // 5.8 s and 18.3 s are true cut times of the sample: borders on a cut and one frame before it
    double[][] chunkingAndOverlap = {{5.8, 2.0}, {5.8 - 1 / 30.0, 5.0}, {7.0, 2.0}, {18.3, 5.0}};
    for (double[] c : chunkingAndOverlap) {
      assertSame(whole, chunked(video, 1280, 720, whole.decodedSeconds(), c[0], c[1]),
          c[0] + " s chunks, overlap " + c[1]);
    }
  }

  @Test
  void filmLikePeerVideosGiveTheSameScenesWhateverTheChunkLength() throws Exception {
    Path dir = PeerData.require("pyscenedetect");
    record Video(String file, int width, int height) {}
    for (Video v : List.of(new Video("testvideo.mp4", 1280, 720), new Video("goldeneye-vfr-drop3.mp4", 1280, 544))) {
      String path = dir.resolve(v.file()).toString();
      SceneAnalysis whole = analyzer.analyze(path, v.width(), v.height(), SceneSettings.defaults());
      for (double chunkSeconds : new double[] {1.0, 3.0, 4.1}) {
        assertSame(whole, chunked(Path.of(path), v.width(), v.height(), whole.decodedSeconds(), chunkSeconds, 2.0),
            v.file() + " in " + chunkSeconds + " s chunks");
      }
    }
  }

  private SceneAnalysis chunked(Path video, int width, int height, double duration, double chunkSeconds, double overlap)
      throws IOException {
    List<TimeChunk> chunks = TimeChunk.split(duration, chunkSeconds);
    assertTrue(chunks.size() > 1);
    List<SceneAnalysis> parts = new ArrayList<>();
    for (TimeChunk chunk : chunks) {
      parts.add(analyzer.analyze(video.toString(), width, height, SceneSettings.defaults(), chunk, overlap));
    }
    return SceneChunks.stitch(parts);
  }

  private static void assertSame(SceneAnalysis whole, SceneAnalysis stitched, String what) {
    assertEquals(whole.cuts(), stitched.cuts(), what);
    assertEquals(whole.localChanges(), stitched.localChanges(), what);
    assertEquals(whole.pointerRests(), stitched.pointerRests(), what);
    assertEquals(whole.framesDecoded(), stitched.framesDecoded(), what);
    assertEquals(whole.decodedSeconds(), stitched.decodedSeconds(), 1e-9, what);
  }

  /** The sample three times in a row, joined by stream copy into {@code target/test-media} once per build. */
  private static Path sampleThreeTimes() throws IOException {
    Path dir = Files.createDirectories(Path.of("target/test-media"));
    Path video = dir.resolve("walkthrough-x3.mp4");
    if (!Files.exists(video)) {
      Path partial = dir.resolve("partial-walkthrough-x3.mp4");
      StreamCopy.concat(List.of(SAMPLE, SAMPLE, SAMPLE), partial);
      Files.move(partial, video, StandardCopyOption.REPLACE_EXISTING);
    }
    return video;
  }
}

package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.ScreenChange;
import io.reel2sop.model.TimeChunk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analyses of a drawn recording's chunks, stitched, equal the analysis of the whole: the same
 * screen changes (and cuts and local changes), none twice, none lost, also when a border falls on
 * a change or inside one.
 */
class SceneChunksTest {
  private static ScreenTimeline timeline;
  private static SceneAnalysis whole;

  private static ScreenCanvas page(long seed) {
    return ScreenCanvas.appShell().text(220, 80, 640, 340, seed);
  }

  /**
   * A page replaced at 1 s, a fade from 2.5 s, a hover at 4 s, another page at 5 s scrolled at 6 s,
   * 4 s of it moving on from 8 s, a page at 13 s.
   */
  @BeforeAll
  static void analyzeTheWhole() {
    ScreenCanvas dialog = page(2).dimAll(0.5).fill(280, 140, 400, 250, 250).text(300, 200, 360, 120, 7);
    timeline = new ScreenTimeline().seconds(page(1), 1.0).seconds(page(2), 1.5);
    for (int i = 1; i <= 6; i++) {
      timeline.hold(page(2).blend(dialog, i / 6.0), 1);
    }
    timeline.seconds(dialog, 1.3).seconds(dialog.copy().fill(300, 340, 100, 30, 120), 0.2).seconds(dialog, 0.8);
    ScreenCanvas article = ScreenCanvas.appShell().document(220, 80, 700, 460, 0, 5);
    timeline.seconds(article, 1.0);
    for (int i = 1; i <= 15; i++) {
      timeline.hold(ScreenCanvas.appShell().document(220, 80, 700, 460, 20 * i, 5), 1);
    }
    timeline.seconds(ScreenCanvas.appShell().document(220, 80, 700, 460, 300, 5), 1.5);
    for (int i = 0; i < 120; i++) {
      timeline.hold(ScreenCanvas.appShell().document(220, 80, 700, 460, 300 + 2 * i, 5), 1);
    }
    whole = timeline.seconds(ScreenCanvas.appShell().document(220, 80, 700, 460, 540, 5), 1.0).seconds(page(3), 1.5).analyze();
    List<ScreenChange.Kind> kinds = whole.changes().stream().map(ScreenChange::kind).toList();
    assertTrue(kinds.containsAll(List.of(ScreenChange.Kind.REPLACED, ScreenChange.Kind.TRANSIENT,
        ScreenChange.Kind.SCROLLED, ScreenChange.Kind.MOTION)), "changes: " + whole.changes());
  }

  @ParameterizedTest(name = "{0} s chunks, {1} s overlap")
  @CsvSource({"1.0, 2.0", "2.5, 2.0", "3.0, 1.0", "4.1, 5.0", "7.05, 0.5"})
  void stitchedChunksFindWhatTheWholeFinds(double chunkSeconds, double overlap) {
    List<TimeChunk> chunks = TimeChunk.split(timeline.time(), chunkSeconds);
    assertTrue(chunks.size() > 1);
    List<SceneAnalysis> parts = new ArrayList<>();
    for (TimeChunk chunk : chunks) {
      parts.add(timeline.analyze(chunk, overlap));
    }
    SceneAnalysis stitched = SceneChunks.stitch(parts);
    assertEquals(whole.changes(), stitched.changes());
    assertEquals(whole.cuts(), stitched.cuts());
    assertEquals(whole.localChanges(), stitched.localChanges());
    assertEquals(whole.framesDecoded(), stitched.framesDecoded());
  }

  @Test
  void partsGivenInAnyOrderStitchTheSame() {
    List<SceneAnalysis> parts = new ArrayList<>();
    for (TimeChunk chunk : TimeChunk.split(timeline.time(), 2.0)) {
      parts.add(0, timeline.analyze(chunk, 2.0));
    }
    assertEquals(whole.changes(), SceneChunks.stitch(parts).changes());
  }
}

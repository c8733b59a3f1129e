package io.reel2sop.scene;

import io.reel2sop.model.LocalChange;
import io.reel2sop.model.PointerRest;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SceneCut;
import io.reel2sop.model.ScreenChange;
import java.util.Comparator;
import java.util.List;

/** Joins the scene analyses of a recording's chunks into the analysis of the whole recording. */
public final class SceneChunks {
  private SceneChunks() {}

  /**
   * {@code parts} are the analyses of all chunks of one recording, in any order. Each chunk reports
   * only what it owns, so joining is a union; the video decoded as far as the furthest chunk got.
   */
  public static SceneAnalysis stitch(List<SceneAnalysis> parts) {
    List<SceneCut> cuts =
        parts.stream().flatMap(p -> p.cuts().stream()).sorted(Comparator.comparingDouble(SceneCut::time)).toList();
    List<LocalChange> locals =
        parts.stream()
            .flatMap(p -> p.localChanges().stream())
            .sorted(Comparator.comparingDouble(LocalChange::start))
            .toList();
    List<ScreenChange> changes =
        parts.stream()
            .flatMap(p -> p.changes().stream())
            .sorted(Comparator.comparingDouble(ScreenChange::start))
            .toList();
    List<PointerRest> rests =
        parts.stream()
            .flatMap(p -> p.pointerRests().stream())
            .sorted(Comparator.comparingDouble(PointerRest::time))
            .toList();
    long frames = parts.stream().mapToLong(SceneAnalysis::framesDecoded).sum();
    double decoded = parts.stream().mapToDouble(SceneAnalysis::decodedSeconds).max().orElse(0);
    return new SceneAnalysis(cuts, locals, changes, rests, frames, decoded);
  }
}

package io.reel2sop.model;

import java.util.List;

/** What scene detection found in one recording. */
public record SceneAnalysis(List<SceneCut> cuts, List<LocalChange> localChanges, long framesDecoded) {
  public SceneAnalysis {
    cuts = List.copyOf(cuts);
    localChanges = List.copyOf(localChanges);
  }
}

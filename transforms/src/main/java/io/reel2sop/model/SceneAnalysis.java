package io.reel2sop.model;

import java.util.List;

/**
 * What scene detection found in one recording. {@code decodedSeconds} is how far the video could be
 * decoded (the last frame's time plus its duration): shorter than the container claims means damage.
 */
public record SceneAnalysis(
    List<SceneCut> cuts, List<LocalChange> localChanges, long framesDecoded, double decodedSeconds) {
  public SceneAnalysis {
    cuts = List.copyOf(cuts);
    localChanges = List.copyOf(localChanges);
  }
}

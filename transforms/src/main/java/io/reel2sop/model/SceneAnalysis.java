package io.reel2sop.model;

import java.util.List;

/**
 * What scene detection found in one recording: cuts (frames that differ sharply from the ones
 * around them), local changes (typing, a hover, a menu: where the action is) and screen changes
 * (every change from one still screen to the next, to be judged as a new screen or not) and where
 * the mouse pointer came to rest (where it clicked, when it was seen).
 * {@code decodedSeconds} is how far the video could be decoded (the last frame's time plus its
 * duration): shorter than the container claims means damage.
 */
public record SceneAnalysis(
    List<SceneCut> cuts,
    List<LocalChange> localChanges,
    List<ScreenChange> changes,
    List<PointerRest> pointerRests,
    long framesDecoded,
    double decodedSeconds) {
  public SceneAnalysis {
    cuts = List.copyOf(cuts);
    localChanges = List.copyOf(localChanges);
    changes = changes == null ? List.of() : List.copyOf(changes);
    pointerRests = pointerRests == null ? List.of() : List.copyOf(pointerRests);
  }

  /** An analysis that saw no pointer (none was shown, or it was not looked for). */
  public SceneAnalysis(
      List<SceneCut> cuts, List<LocalChange> localChanges, List<ScreenChange> changes, long framesDecoded,
      double decodedSeconds) {
    this(cuts, localChanges, changes, List.of(), framesDecoded, decodedSeconds);
  }
}

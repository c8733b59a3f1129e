package io.reel2sop.pipeline.graph;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.TimeChunk;
import io.reel2sop.model.Transcript;
import io.reel2sop.pipeline.outcome.StageFailure;

/**
 * What one {@link ChunkTask} found: the scenes or the words its chunk owns, or why it failed.
 * Exactly one of {@code scenes}, {@code transcript} and {@code failure} is set.
 */
public record ChunkResult(
    ProbedRecording probed,
    ChunkTask.Kind kind,
    TimeChunk chunk,
    int tasks,
    SceneAnalysis scenes,
    Transcript transcript,
    double audioSeconds,
    StageFailure failure) {

  static ChunkResult scenes(ChunkTask task, SceneAnalysis scenes) {
    return new ChunkResult(task.probed(), task.kind(), task.chunk(), task.tasks(), scenes, null, 0, null);
  }

  static ChunkResult words(ChunkTask task, Transcript transcript, double audioSeconds) {
    return new ChunkResult(task.probed(), task.kind(), task.chunk(), task.tasks(), null, transcript, audioSeconds, null);
  }

  static ChunkResult failed(ChunkTask task, StageFailure failure) {
    return new ChunkResult(task.probed(), task.kind(), task.chunk(), task.tasks(), null, null, 0, failure);
  }
}

package io.reel2sop.pipeline;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.TimeChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * One piece of work on one recording: scene detection or transcription of one time chunk.
 * {@code tasks} is how many tasks the recording has in all, so the step that stitches them knows
 * when it has every part.
 */
record ChunkTask(ProbedRecording probed, Kind kind, TimeChunk chunk, int tasks, double overlapSeconds) {
  enum Kind {
    SCENES,
    SPEECH
  }

  /**
   * The tasks of one recording: its video split into chunks of {@code chunkSeconds} (zero: one
   * chunk), and, when it is to be recognised, its audio split into whole recogniser windows, the
   * chunk length rounded up to a multiple of {@code windowSeconds}: a speech chunk starting inside
   * a window would recognise the window's speech before it again. A sidecar transcript or a
   * recording without sound needs one speech task only.
   */
  static List<ChunkTask> plan(
      ProbedRecording probed, double chunkSeconds, double windowSeconds, double overlapSeconds) {
    double duration = probed.media().durationSeconds();
    List<TimeChunk> chunks = TimeChunk.split(duration, chunkSeconds);
    boolean recognise = probed.media().hasAudio() && probed.recording().sidecarUri() == null;
    List<TimeChunk> speech =
        recognise ? TimeChunk.split(duration, wholeWindows(chunkSeconds, windowSeconds)) : List.of(TimeChunk.whole());
    int tasks = chunks.size() + speech.size();
    List<ChunkTask> plan = new ArrayList<>(tasks);
    // speech first: it is the longer work per chunk, so workers start on it while scenes fill in
    for (TimeChunk chunk : speech) {
      plan.add(new ChunkTask(probed, Kind.SPEECH, chunk, tasks, overlapSeconds));
    }
    for (TimeChunk chunk : chunks) {
      plan.add(new ChunkTask(probed, Kind.SCENES, chunk, tasks, overlapSeconds));
    }
    return plan;
  }

  /** The smallest multiple of {@code windowSeconds} not shorter than {@code chunkSeconds}. */
  static double wholeWindows(double chunkSeconds, double windowSeconds) {
    return chunkSeconds <= 0 ? 0 : Math.max(1, Math.ceil(chunkSeconds / windowSeconds - 1e-9)) * windowSeconds;
  }
}

package io.reel2sop.pipeline.graph;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.TimeChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * One piece of work on one recording: scene detection or transcription of one time chunk.
 * {@code tasks} is how many tasks the recording has in all, so the step that stitches them knows
 * when it has every part.
 */
public record ChunkTask(ProbedRecording probed, Kind kind, TimeChunk chunk, int tasks, double overlapSeconds) {
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
    boolean recognise = recognises(probed);
    List<TimeChunk> speech =
        recognise ? TimeChunk.split(duration, wholeWindows(chunkSeconds, windowSeconds)) : List.of(TimeChunk.whole());
    int tasks = chunks.size() + speech.size();
    List<ChunkTask> plan = new ArrayList<>(tasks);
    for (TimeChunk chunk : speech) {
      plan.add(new ChunkTask(probed, Kind.SPEECH, chunk, tasks, overlapSeconds));
    }
    for (TimeChunk chunk : chunks) {
      plan.add(new ChunkTask(probed, Kind.SCENES, chunk, tasks, overlapSeconds));
    }
    return plan;
  }

  /**
   * Roughly how many CPU-seconds the task takes, only to balance {@link TaskLanes}. Measured on
   * 720p30 narration on a 2-core EPYC: scene detection 0.0165 s per second of video, growing with
   * the pixels decoded; recognition 0.022 s per second of audio and 1.5 s to warm up a recogniser;
   * a sidecar or a silent recording next to nothing.
   */
  double estimatedWork() {
    double duration = probed.media().durationSeconds();
    double seconds = Math.max(0, Math.min(chunk.end(), duration) - Math.min(chunk.start(), duration));
    return switch (kind) {
      case SCENES -> seconds * 0.0165 * probed.media().width() * probed.media().height() / (1280.0 * 720.0);
      case SPEECH -> recognises(probed) ? 1.5 + seconds * 0.022 : 0.01;
    };
  }

  private static boolean recognises(ProbedRecording probed) {
    return probed.media().hasAudio() && probed.recording().sidecarUri() == null;
  }

  /** The smallest multiple of {@code windowSeconds} not shorter than {@code chunkSeconds}. */
  static double wholeWindows(double chunkSeconds, double windowSeconds) {
    return chunkSeconds <= 0 ? 0 : Math.max(1, Math.ceil(chunkSeconds / windowSeconds - 1e-9)) * windowSeconds;
  }
}

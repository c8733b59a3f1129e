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
   * chunk), and, when it is to be recognised, its audio into one task per recogniser window of
   * {@code windowSeconds} (chunking off: one task). A speech chunk starting inside a window would
   * recognise the window's speech before it again, and a chunk of several windows would run their
   * recognisers one after the other on one worker. A sidecar transcript or a recording without
   * sound needs one speech task only.
   */
  static List<ChunkTask> plan(
      ProbedRecording probed, double chunkSeconds, double windowSeconds, double overlapSeconds) {
    double duration = probed.media().durationSeconds();
    List<TimeChunk> chunks = TimeChunk.split(duration, chunkSeconds);
    boolean recognise = recognises(probed);
    List<TimeChunk> speech =
        recognise && chunkSeconds > 0 ? TimeChunk.split(duration, windowSeconds) : List.of(TimeChunk.whole());
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
   * the pixels decoded; recognition 0.075 s per second of audio where the narration is dense (the
   * dev set's long_session; sparse narration costs a third of it) and 1.5 s to warm up a
   * recogniser; a sidecar or a silent recording next to nothing. Dense narration is what the
   * estimate must get right: there speech is most of a recording's work.
   */
  double estimatedWork() {
    double duration = probed.media().durationSeconds();
    double seconds = Math.max(0, Math.min(chunk.end(), duration) - Math.min(chunk.start(), duration));
    return switch (kind) {
      case SCENES -> seconds * 0.0165 * probed.media().width() * probed.media().height() / (1280.0 * 720.0);
      case SPEECH -> recognises(probed) ? 1.5 + seconds * 0.075 : 0.01;
    };
  }

  private static boolean recognises(ProbedRecording probed) {
    return probed.media().hasAudio() && probed.recording().sidecarUri() == null;
  }
}

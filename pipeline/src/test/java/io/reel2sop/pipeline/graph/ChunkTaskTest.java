package io.reel2sop.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.TimeChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scene tasks follow the chunk length; speech tasks are whole recogniser windows. */
class ChunkTaskTest {

  @Test
  void speechChunksAreTheChunkLengthRoundedUpToWholeWindows() {
    assertEquals(600, ChunkTask.wholeWindows(120, 600));
    assertEquals(600, ChunkTask.wholeWindows(600, 600));
    assertEquals(1200, ChunkTask.wholeWindows(601, 600));
    assertEquals(10, ChunkTask.wholeWindows(6.5, 10));
    assertEquals(30, ChunkTask.wholeWindows(23, 10));
    assertEquals(0, ChunkTask.wholeWindows(0, 10), "chunking off");
  }

  @Test
  void aTwentyMinuteRecordingHasTenSceneTasksAndTwoSpeechTasks() {
    List<ChunkTask> plan = ChunkTask.plan(probed(1209, true, null), 120, 600, 5);
    assertEquals(10, count(plan, ChunkTask.Kind.SCENES));
    assertEquals(2, count(plan, ChunkTask.Kind.SPEECH));
    assertEquals(12, plan.get(0).tasks());
    List<TimeChunk> speech = plan.stream().filter(t -> t.kind() == ChunkTask.Kind.SPEECH).map(ChunkTask::chunk).toList();
    assertEquals(List.of(new TimeChunk(0, 2, 0, 600), new TimeChunk(1, 2, 600, Double.POSITIVE_INFINITY)), speech);
  }

  @Test
  void withChunkingOffEachKindIsOneTask() {
    List<ChunkTask> plan = ChunkTask.plan(probed(1209, true, null), 0, 600, 5);
    assertEquals(List.of(TimeChunk.whole(), TimeChunk.whole()), plan.stream().map(ChunkTask::chunk).toList());
  }

  @Test
  void aSidecarOrASilentRecordingHasOneSpeechTask() {
    assertEquals(1, count(ChunkTask.plan(probed(1209, true, "file:///r.vtt"), 120, 600, 5), ChunkTask.Kind.SPEECH));
    assertEquals(1, count(ChunkTask.plan(probed(1209, false, null), 120, 600, 5), ChunkTask.Kind.SPEECH));
  }

  private static long count(List<ChunkTask> plan, ChunkTask.Kind kind) {
    return plan.stream().filter(t -> t.kind() == kind).count();
  }

  private static ProbedRecording probed(double seconds, boolean audio, String sidecar) {
    Recording recording = Recording.found("r", "file:///r.mp4", 1, "2026-11-27T00:00:00Z", sidecar);
    return new ProbedRecording(recording, new MediaInfo(seconds, 1280, 720, 30, audio, "mp4", "h264", audio ? "aac" : null));
  }
}

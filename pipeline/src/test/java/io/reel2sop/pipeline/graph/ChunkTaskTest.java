package io.reel2sop.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.TimeChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scene tasks follow the chunk length; speech tasks are recogniser windows, one each. */
class ChunkTaskTest {

  @Test
  void aTwentyMinuteRecordingHasASpeechTaskPerRecogniserWindowWhateverTheChunkLength() {
    for (double chunkSeconds : new double[] {120, 600, 1200}) {
      List<ChunkTask> plan = ChunkTask.plan(probed(1209, true, null), chunkSeconds, 300, 5);
      assertEquals(TimeChunk.split(1209, chunkSeconds).size(), count(plan, ChunkTask.Kind.SCENES));
      List<TimeChunk> speech = plan.stream().filter(t -> t.kind() == ChunkTask.Kind.SPEECH).map(ChunkTask::chunk).toList();
      assertEquals(List.of(new TimeChunk(0, 4, 0, 300), new TimeChunk(1, 4, 300, 600), new TimeChunk(2, 4, 600, 900),
          new TimeChunk(3, 4, 900, Double.POSITIVE_INFINITY)), speech, "chunks of " + chunkSeconds + " s");
      assertEquals(plan.size(), plan.get(0).tasks());
    }
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

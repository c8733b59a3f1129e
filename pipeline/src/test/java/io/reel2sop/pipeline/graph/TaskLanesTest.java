package io.reel2sop.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recording's tasks in lanes of even work, one per local worker, each task in exactly one. */
class TaskLanesTest {

  @Test
  void twoWorkersGetOneSpeechWindowAndOneSceneChunkEach() {
    List<ChunkTask> tasks = ChunkTask.plan(probed(1209, 1280, 720), 600, 600, 5);
    List<List<ChunkTask>> lanes = TaskLanes.pack(tasks, 2);
    assertEquals(2, lanes.size());
    for (List<ChunkTask> lane : lanes) {
      assertEquals(1, lane.stream().filter(t -> t.kind() == ChunkTask.Kind.SPEECH).count(), lane.toString());
      assertEquals(1, lane.stream().filter(t -> t.kind() == ChunkTask.Kind.SCENES).count(), lane.toString());
    }
    assertEachTaskOnce(tasks, lanes);
  }

  @Test
  void shortSceneChunksFillAroundTheSpeechWindows() {
    List<ChunkTask> tasks = ChunkTask.plan(probed(1209, 1280, 720), 120, 600, 5);
    List<List<ChunkTask>> lanes = TaskLanes.pack(tasks, 2);
    double smallest = tasks.stream().mapToDouble(ChunkTask::estimatedWork).min().orElseThrow();
    assertTrue(Math.abs(work(lanes.get(0)) - work(lanes.get(1))) <= smallest, lanes.toString());
    for (List<ChunkTask> lane : lanes) {
      assertEquals(1, lane.stream().filter(t -> t.kind() == ChunkTask.Kind.SPEECH).count(), lane.toString());
    }
    assertEachTaskOnce(tasks, lanes);
  }

  @Test
  void withoutALocalWorkerCountEveryTaskIsALaneAndNeverMoreLanesThanTasks() {
    List<ChunkTask> tasks = ChunkTask.plan(probed(1209, 1280, 720), 120, 600, 5);
    assertEquals(tasks.size(), TaskLanes.pack(tasks, 0).size());
    assertEachTaskOnce(tasks, TaskLanes.pack(tasks, 0));
    List<ChunkTask> two = ChunkTask.plan(probed(31, 1280, 720), 600, 600, 5);
    assertEquals(2, TaskLanes.pack(two, 8).size());
    assertEquals(1, TaskLanes.pack(two, 1).size());
  }

  @Test
  void sceneWorkGrowsWithThePixelsDecoded() {
    ChunkTask hd = scenes(probed(600, 1280, 720));
    ChunkTask fullHd = scenes(probed(600, 1920, 1080));
    assertEquals(2.25, fullHd.estimatedWork() / hd.estimatedWork(), 1e-9);
  }

  private static ChunkTask scenes(ProbedRecording probed) {
    return ChunkTask.plan(probed, 0, 600, 5).stream().filter(t -> t.kind() == ChunkTask.Kind.SCENES).findFirst().orElseThrow();
  }

  private static double work(List<ChunkTask> lane) {
    return lane.stream().mapToDouble(ChunkTask::estimatedWork).sum();
  }

  private static void assertEachTaskOnce(List<ChunkTask> tasks, List<List<ChunkTask>> lanes) {
    List<ChunkTask> all = new ArrayList<>();
    lanes.forEach(all::addAll);
    assertEquals(tasks.size(), all.size());
    assertTrue(all.containsAll(tasks));
    assertTrue(lanes.stream().noneMatch(Collection::isEmpty));
  }

  private static ProbedRecording probed(double seconds, int width, int height) {
    Recording recording = Recording.found("r", "file:///r.mp4", 1, "2026-11-27T00:00:00Z", null);
    return new ProbedRecording(recording, new MediaInfo(seconds, width, height, 30, true, "mp4", "h264", "aac"));
  }
}

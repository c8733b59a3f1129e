package io.reel2sop.pipeline.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs a recording's chunk tasks into lanes of about equal work, one per local worker: longest
 * first, each onto the lane with the least work so far.
 *
 * <p>Why: Beam hands elements to workers in no promised order. With one task per element, a 600 s
 * speech window (about 15 CPU-seconds) picked last kept one of two workers busy while the other
 * waited, up to a tenth of a 20-minute run. Lanes of even work end together whatever order they are
 * picked in. On a cluster (no local worker count) every task is a lane of its own, and the slots
 * balance them.
 *
 * <p>A lane travels as one element ({@link TaskLane}), so its tasks run one after the other in one
 * call on one thread because Beam promises that for an element. (Lanes used to be keys, relying on
 * the DirectRunner running a key's elements together on one thread, which Beam does not promise.)
 * Only the time a run takes depends on the lanes: each task's result is the same in any lane, and
 * {@link AssembleSops} puts a recording's results in chunk order whatever order they come in.
 */
final class TaskLanes {
  private TaskLanes() {}

  /** {@code workers} 0: one lane per task. Lanes are never empty; each task is in exactly one. */
  static List<List<ChunkTask>> pack(List<ChunkTask> tasks, int workers) {
    List<ChunkTask> longestFirst =
        tasks.stream().sorted(Comparator.comparingDouble(ChunkTask::estimatedWork).reversed()).toList();
    int count = workers <= 0 ? tasks.size() : Math.min(workers, tasks.size());
    List<List<ChunkTask>> lanes = new ArrayList<>(count);
    double[] work = new double[count];
    for (int i = 0; i < count; i++) {
      lanes.add(new ArrayList<>());
    }
    for (ChunkTask task : longestFirst) {
      int least = 0;
      for (int i = 1; i < count; i++) {
        if (work[i] < work[least]) {
          least = i;
        }
      }
      lanes.get(least).add(task);
      work[least] += task.estimatedWork();
    }
    return lanes;
  }
}

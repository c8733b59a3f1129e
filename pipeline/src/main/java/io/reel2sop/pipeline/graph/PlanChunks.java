package io.reel2sop.pipeline.graph;

import io.reel2sop.media.MediaProbe;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.storage.LocalMedia;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Probes each recording and splits its work into chunk tasks, packed into {@link TaskLanes lanes} of
 * even work ({@link #LANES}). A recording that cannot be probed ends here with its reason
 * ({@link PassOrEnd#ENDED}).
 */
final class PlanChunks extends PTransform<PCollection<Recording>, PCollectionTuple> {
  static final TupleTag<TaskLane> LANES = new TupleTag<>() {};

  private final RunSettings settings;

  PlanChunks(RunSettings settings) {
    this.settings = settings;
  }

  @Override
  public PCollectionTuple expand(PCollection<Recording> recordings) {
    return recordings
        .apply("Spread", Reshuffle.viaRandomKey())
        .apply("Plan", new PassOrEnd<>(new PlanFn(settings), LANES, JsonCoder.of(TaskLane.class)));
  }

  private static final class PlanFn extends DoFn<Recording, TaskLane> {
    private final RunSettings settings;

    PlanFn(RunSettings settings) {
      this.settings = settings;
    }

    @ProcessElement
    public void process(@Element Recording recording, MultiOutputReceiver out) {
      ProbedRecording probed;
      try {
        probed = new ProbedRecording(recording, MediaProbe.probe(LocalMedia.of(recording.uri())));
      } catch (Exception e) {
        out.get(PassOrEnd.ENDED).output(RecordingOutcome.failed(recording, StageFailure.of(recording, "probe", e)));
        return;
      }
      List<ChunkTask> tasks = ChunkTask.plan(probed, settings.chunkSeconds(),
          settings.recogniserWindowSeconds(), settings.chunkOverlapSeconds());
      for (List<ChunkTask> lane : TaskLanes.pack(tasks, settings.localWorkers())) {
        out.get(LANES).output(new TaskLane(lane));
      }
    }
  }
}

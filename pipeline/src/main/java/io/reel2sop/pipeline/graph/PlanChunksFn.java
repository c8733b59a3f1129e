package io.reel2sop.pipeline.graph;

import io.reel2sop.media.MediaProbe;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.OutcomeRecorder;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.storage.LocalMedia;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Probes a recording and splits its work into chunk tasks, keyed by the recording's id and their
 * {@link TaskLanes lane}. A recording that cannot be probed ends here with its reason.
 */
final class PlanChunksFn extends DoFn<Recording, KV<String, ChunkTask>> {
  static final TupleTag<KV<String, ChunkTask>> TASKS = new TupleTag<>() {};
  static final TupleTag<RecordingOutcome> UNREADABLE = new TupleTag<>() {};

  private final RunSettings settings;

  PlanChunksFn(RunSettings settings) {
    this.settings = settings;
  }

  @ProcessElement
  public void process(@Element Recording recording, MultiOutputReceiver out) {
    ProbedRecording probed;
    try {
      probed = new ProbedRecording(recording, MediaProbe.probe(LocalMedia.of(recording.uri())));
    } catch (Exception e) {
      RecordingOutcome outcome = RecordingOutcome.failed(recording, StageFailure.of(recording, "probe", e));
      new OutcomeRecorder(settings).record(outcome);
      out.get(UNREADABLE).output(outcome);
      return;
    }
    List<ChunkTask> tasks = ChunkTask.plan(probed, settings.chunkSeconds(),
        settings.recogniserWindowSeconds(), settings.chunkOverlapSeconds());
    List<List<ChunkTask>> lanes = TaskLanes.pack(tasks, settings.localWorkers());
    for (int lane = 0; lane < lanes.size(); lane++) {
      for (ChunkTask task : lanes.get(lane)) {
        out.get(TASKS).output(KV.of(recording.id() + "#" + lane, task));
      }
    }
  }
}

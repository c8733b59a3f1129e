package io.reel2sop.pipeline.graph;

import io.reel2sop.model.Recording;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.OutcomeRecorder;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.StageFailure;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.state.BagState;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Counts the screenshot runs of each recording in keyed state and, when the last one is in,
 * publishes its staged SOP, or drops it if a run failed.
 */
final class PublishSopFn extends DoFn<KV<String, ShotRun>, RecordingOutcome> {
  private final RunSettings settings;

  @StateId("failures")
  private final StateSpec<BagState<StageFailure>> failuresSpec = StateSpecs.bag(JsonCoder.of(StageFailure.class));

  @StateId("taken")
  private final StateSpec<ValueState<Integer>> takenSpec = StateSpecs.value(VarIntCoder.of());

  PublishSopFn(RunSettings settings) {
    this.settings = settings;
  }

  @ProcessElement
  public void process(
      @Element KV<String, ShotRun> element,
      @StateId("failures") BagState<StageFailure> failures,
      @StateId("taken") ValueState<Integer> taken,
      OutputReceiver<RecordingOutcome> out) {
    ShotRun run = element.getValue();
    Integer before = taken.read();
    int count = (before == null ? 0 : before) + 1;
    if (run.failure() != null) {
      failures.add(run.failure());
    }
    if (count < run.runs()) {
      taken.write(count);
      return;
    }
    List<StageFailure> failed = new ArrayList<>();
    failures.read().forEach(failed::add);
    failures.clear();
    taken.clear();
    long started = System.nanoTime();
    RecordingOutcome outcome = publish(run, failed);
    RunMetrics.WRITE_WORK_MILLIS.inc((System.nanoTime() - started) / 1_000_000);
    new OutcomeRecorder(settings).record(outcome);
    out.output(outcome);
  }

  private RecordingOutcome publish(ShotRun run, List<StageFailure> failed) {
    SopWriter writer = new SopWriter(settings);
    Recording recording = run.probed().recording();
    if (!failed.isEmpty()) {
      writer.discard(run.stagedFolder());
      return RecordingOutcome.failed(recording, failed.get(0));
    }
    try {
      writer.publishStaged(run.probed().id(), run.stagedFolder());
      return RecordingOutcome.processed(recording, run.steps(), run.durationSeconds(), run.probed().id());
    } catch (Exception e) {
      return RecordingOutcome.failed(recording, StageFailure.of(recording, SopWriter.STAGE, e));
    }
  }
}

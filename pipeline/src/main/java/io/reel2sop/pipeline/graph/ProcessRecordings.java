package io.reel2sop.pipeline.graph;

import io.reel2sop.model.Recording;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Recordings in, one outcome per recording out. Triage ends the recordings whose SOP is up to
 * date; the others are probed and split into chunk tasks (scenes and speech of each time chunk),
 * which are spread over the workers in lanes of even work, so a long recording keeps every core
 * busy. Each recording's chunk results are stitched and aligned into steps as soon as its last
 * chunk is in; its screenshots are spread over the workers in runs, and the SOP is published when
 * the last run is in. So SOPs appear (and survive a crash) one by one rather than all at the end of
 * the batch.
 */
public final class ProcessRecordings extends PTransform<PCollection<Recording>, PCollection<RecordingOutcome>> {
  private final RunSettings settings;

  public ProcessRecordings(RunSettings settings) {
    this.settings = settings;
  }

  @Override
  public PCollection<RecordingOutcome> expand(PCollection<Recording> recordings) {
    PCollectionTuple triaged =
        recordings
            .apply("SpreadTriage", Reshuffle.viaRandomKey())
            .apply(
                "Triage",
                ParDo.of(new TriageFn(settings))
                    .withOutputTags(TriageFn.TO_PROCESS, TupleTagList.of(TriageFn.DECIDED)));
    PCollectionTuple planned =
        triaged
            .get(TriageFn.TO_PROCESS)
            .apply("SpreadRecordings", Reshuffle.viaRandomKey())
            .apply(
                "PlanChunks",
                ParDo.of(new PlanChunksFn(settings))
                    .withOutputTags(PlanChunksFn.TASKS, TupleTagList.of(PlanChunksFn.UNREADABLE)));
    PCollectionTuple finished =
        planned
            .get(PlanChunksFn.TASKS)
            .apply("SpreadLanes", Reshuffle.of())
            .apply("AnalyzeChunks", ParDo.of(new AnalyzeChunkFn(settings)))
            .apply(
                "FinishSops",
                ParDo.of(new FinishSopFn(settings))
                    .withOutputTags(FinishSopFn.ENDED, TupleTagList.of(FinishSopFn.SHOT_RUNS)));
    PCollection<RecordingOutcome> published =
        finished
            .get(FinishSopFn.SHOT_RUNS)
            .apply("SpreadScreenshots", Reshuffle.viaRandomKey())
            .apply("TakeScreenshots", ParDo.of(new TakeShotsFn()))
            .apply("PublishSops", ParDo.of(new PublishSopFn(settings)));
    return PCollectionList.of(finished.get(FinishSopFn.ENDED))
        .and(published)
        .and(planned.get(PlanChunksFn.UNREADABLE))
        .and(triaged.get(TriageFn.DECIDED))
        .apply("AllOutcomes", Flatten.pCollections());
  }
}

package io.reel2sop.pipeline;

import io.reel2sop.model.Recording;
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
 * date; the others are spread over the workers and each is made into a SOP on its own, so SOPs
 * appear (and survive a crash) one by one rather than all at the end of the batch.
 */
final class ProcessRecordings extends PTransform<PCollection<Recording>, PCollection<RecordingOutcome>> {
  private final RunSettings settings;

  ProcessRecordings(RunSettings settings) {
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
    PCollection<RecordingOutcome> made =
        triaged
            .get(TriageFn.TO_PROCESS)
            .apply("SpreadWork", Reshuffle.viaRandomKey())
            .apply("MakeSop", ParDo.of(new MakeSopFn(settings)));
    return PCollectionList.of(made)
        .and(triaged.get(TriageFn.DECIDED))
        .apply("AllOutcomes", Flatten.pCollections());
  }
}

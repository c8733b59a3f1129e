package io.reel2sop.pipeline.graph;

import io.reel2sop.model.Recording;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.store.SopStore;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * Recordings in, one outcome per recording out, the same way for every store. Triage ends the
 * recordings whose SOP is up to date; a SOP whose only change is its reviewer's edits is rendered
 * again from the generated SOP kept beside it (ReapplyEdits), its moved screenshots taken like any
 * others; the others are probed and split into chunk tasks (scenes and
 * speech of each time chunk) in lanes of even work, so a long recording keeps every core busy. Each
 * recording's SOP is assembled and staged as soon as its last chunk is in, its screenshots are taken
 * in runs spread over the workers, and it is published when the last run is in. So SOPs appear (and
 * survive a crash) one by one rather than all at the end of the batch. Every stage that can end a
 * recording sends its outcome to one place, which records it.
 */
public final class ProcessRecordings extends PTransform<PCollection<Recording>, PCollection<RecordingOutcome>> {
  private final RunSettings settings;
  private final SopStore store;

  public ProcessRecordings(RunSettings settings, SopStore store) {
    this.settings = settings;
    this.store = store;
  }

  @Override
  public PCollection<RecordingOutcome> expand(PCollection<Recording> recordings) {
    JobContext job = new JobContext(settings, store);
    PCollectionTuple triaged = recordings.apply("Triage", new Triage(job));
    PCollectionTuple planned = triaged.get(Triage.TO_DO).apply("PlanChunks", new PlanChunks(settings));
    PCollectionTuple assembled =
        planned
            .get(PlanChunks.LANES)
            .apply("AnalyzeChunks", new AnalyzeChunks(settings))
            .apply("AssembleSops", new AssembleSops(job));
    PCollectionTuple reEdited = triaged.get(Triage.RE_EDIT).apply("ReapplyEdits", new ReapplyEdits(job));
    PCollection<RecordingOutcome> published =
        PCollectionList.of(assembled.get(AssembleSops.SHOT_RUNS))
            .and(reEdited.get(AssembleSops.SHOT_RUNS))
            .apply("AllShotRuns", Flatten.pCollections())
            .apply("TakeScreenshots", new TakeScreenshots(job))
            .apply("PublishSops", new PublishSops(store));
    return PCollectionList.of(triaged.get(PassOrEnd.ENDED))
        .and(planned.get(PassOrEnd.ENDED))
        .and(assembled.get(PassOrEnd.ENDED))
        .and(reEdited.get(PassOrEnd.ENDED))
        .and(published)
        .apply("Flatten", Flatten.pCollections())
        .apply("RecordOutcomes", new RecordOutcomes(job));
  }
}

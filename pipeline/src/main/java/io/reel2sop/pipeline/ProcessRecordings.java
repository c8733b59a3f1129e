package io.reel2sop.pipeline;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Recordings in, one outcome per recording out. Scene detection and transcription run as parallel
 * branches over the probed recordings; their results, and any failure, meet again per recording.
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
            .apply("Spread", Reshuffle.viaRandomKey())
            .apply(
                "Triage",
                ParDo.of(new TriageFn(settings))
                    .withOutputTags(TriageFn.TO_PROCESS, TupleTagList.of(TriageFn.DECIDED)));
    PCollectionTuple probed =
        triaged
            .get(TriageFn.TO_PROCESS)
            .apply("SpreadWork", Reshuffle.viaRandomKey())
            .apply(
                "Probe",
                ParDo.of(new ProbeFn()).withOutputTags(ProbeFn.PROBED, TupleTagList.of(ProbeFn.FAILED)));
    PCollection<ProbedRecording> usable = probed.get(ProbeFn.PROBED);

    PCollectionTuple scenes =
        usable.apply(
            "DetectScenes",
            ParDo.of(new DetectScenesFn(settings))
                .withOutputTags(DetectScenesFn.DETECTED, TupleTagList.of(DetectScenesFn.FAILED)));
    PCollectionTuple transcripts =
        usable.apply(
            "Transcribe",
            ParDo.of(new TranscribeFn(settings))
                .withOutputTags(TranscribeFn.TRANSCRIBED, TupleTagList.of(TranscribeFn.FAILED)));

    PCollection<KV<String, StageFailure>> stageFailures =
        PCollectionList.of(scenes.get(DetectScenesFn.FAILED))
            .and(transcripts.get(TranscribeFn.FAILED))
            .apply("StageFailures", Flatten.pCollections())
            .apply("FailureById", WithKeys.of(StageFailure::id).withKeyType(TypeDescriptor.of(String.class)));

    PCollection<RecordingOutcome> built =
        KeyedPCollectionTuple.of(
                BuildSopFn.PROBED,
                usable.apply("ProbedById", WithKeys.of(ProbedRecording::id).withKeyType(TypeDescriptor.of(String.class))))
            .and(BuildSopFn.SCENES, scenes.get(DetectScenesFn.DETECTED))
            .and(BuildSopFn.TRANSCRIPTS, transcripts.get(TranscribeFn.TRANSCRIBED))
            .and(BuildSopFn.FAILURES, stageFailures)
            .apply("JoinByRecording", CoGroupByKey.create())
            .apply("BuildSop", ParDo.of(new BuildSopFn(settings)));

    PCollection<RecordingOutcome> worked =
        PCollectionList.of(built)
            .and(probed.get(ProbeFn.FAILED))
            .apply("WorkedOutcomes", Flatten.pCollections())
            .apply("UpdateFailureLedger", ParDo.of(new UpdateLedgerFn(settings)));

    return PCollectionList.of(worked)
        .and(triaged.get(TriageFn.DECIDED))
        .apply("AllOutcomes", Flatten.pCollections())
        .apply("LogOutcome", ParDo.of(new LogOutcomeFn(settings.runId(), settings.totalRecordings())));
  }
}

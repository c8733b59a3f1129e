package io.reel2sop.pipeline;

import io.reel2sop.media.MediaProbe;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.storage.LocalMedia;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/** Reads each recording's container facts; an unusable file ends here with its reason. */
final class ProbeFn extends DoFn<Recording, ProbedRecording> {
  static final TupleTag<ProbedRecording> PROBED = new TupleTag<>() {};
  static final TupleTag<RecordingOutcome> FAILED = new TupleTag<>() {};

  @ProcessElement
  public void process(@Element Recording recording, MultiOutputReceiver out) {
    try {
      out.get(PROBED).output(new ProbedRecording(recording, MediaProbe.probe(LocalMedia.of(recording.uri()))));
    } catch (Exception e) {
      out.get(FAILED).output(RecordingOutcome.failed(recording, StageFailure.of(recording, "probe", e)));
    }
  }
}

package io.reel2sop.pipeline;

import io.reel2sop.media.MediaProbe;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/** Reads each recording's container facts and content hash; unusable files go to the failures. */
final class ProbeFn extends DoFn<Recording, ProbedRecording> {
  static final TupleTag<ProbedRecording> PROBED = new TupleTag<>() {};
  static final TupleTag<StageFailure> FAILED = new TupleTag<>() {};

  @ProcessElement
  public void process(@Element Recording recording, MultiOutputReceiver out) {
    try {
      Path file = Path.of(recording.uri());
      var media = MediaProbe.probe(file);
      out.get(PROBED).output(new ProbedRecording(recording, ContentFingerprint.of(file), media));
    } catch (Exception e) {
      out.get(FAILED).output(StageFailure.of(recording, "probe", e));
    }
  }
}

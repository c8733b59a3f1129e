package io.reel2sop.pipeline.graph;

import io.reel2sop.pipeline.outcome.RecordingOutcome;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * A stage's DoFn that passes a recording's work on ({@code next}) or ends the recording with its
 * outcome ({@link #ENDED}); both outputs get their coders here.
 */
final class PassOrEnd<InT, OutT> extends PTransform<PCollection<InT>, PCollectionTuple> {
  /** The outcomes of the recordings a stage ends; {@link ProcessRecordings} gathers them from every stage. */
  static final TupleTag<RecordingOutcome> ENDED = new TupleTag<>() {};

  private final DoFn<InT, OutT> fn;
  private final TupleTag<OutT> next;
  private final Coder<OutT> coder;

  private final TupleTagList others;

  PassOrEnd(DoFn<InT, OutT> fn, TupleTag<OutT> next, Coder<OutT> coder) {
    this(fn, next, coder, TupleTagList.empty());
  }

  /** {@code others}: further outputs of the DoFn; their coders are the caller's to set. */
  PassOrEnd(DoFn<InT, OutT> fn, TupleTag<OutT> next, Coder<OutT> coder, TupleTagList others) {
    this.fn = fn;
    this.next = next;
    this.coder = coder;
    this.others = others;
  }

  @Override
  public PCollectionTuple expand(PCollection<InT> input) {
    PCollectionTuple outputs = input.apply(ParDo.of(fn).withOutputTags(next, TupleTagList.of(ENDED).and(others.getAll())));
    outputs.get(next).setCoder(coder);
    outputs.get(ENDED).setCoder(JsonCoder.of(RecordingOutcome.class));
    return outputs;
  }
}

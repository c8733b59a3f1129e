package io.reel2sop.pipeline.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.state.BagState;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Emits each key's parts together as soon as the last of them is in: every part says how many its
 * key has, and keyed state counts them. Keyed state rather than a {@code GroupByKey}, so a recording
 * moves on when its own parts are done instead of when the whole batch is (on runners that process
 * keyed state as it arrives, such as the DirectRunner and streaming Flink). The parts come out in
 * no particular order.
 */
final class CollectParts<T> extends PTransform<PCollection<KV<String, T>>, PCollection<KV<String, List<T>>>> {
  private final Coder<T> coder;
  private final SerializableFunction<T, Integer> partsOfKey;

  /** {@code partsOfKey}: how many parts the key of a part has in all. */
  CollectParts(Coder<T> coder, SerializableFunction<T, Integer> partsOfKey) {
    this.coder = coder;
    this.partsOfKey = partsOfKey;
  }

  @Override
  public PCollection<KV<String, List<T>>> expand(PCollection<KV<String, T>> parts) {
    return parts
        .apply(ParDo.of(new CollectFn<>(coder, partsOfKey)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ListCoder.of(coder)));
  }

  private static final class CollectFn<T> extends DoFn<KV<String, T>, KV<String, List<T>>> {
    @StateId("parts")
    private final StateSpec<BagState<T>> partsSpec;

    @StateId("count")
    private final StateSpec<ValueState<Integer>> countSpec = StateSpecs.value(VarIntCoder.of());

    private final SerializableFunction<T, Integer> partsOfKey;

    CollectFn(Coder<T> coder, SerializableFunction<T, Integer> partsOfKey) {
      this.partsSpec = StateSpecs.bag(coder);
      this.partsOfKey = partsOfKey;
    }

    @ProcessElement
    public void process(
        @Element KV<String, T> element,
        @StateId("parts") BagState<T> parts,
        @StateId("count") ValueState<Integer> count,
        OutputReceiver<KV<String, List<T>>> out) {
      T part = element.getValue();
      Integer before = count.read();
      int seen = (before == null ? 0 : before) + 1;
      if (seen < partsOfKey.apply(part)) {
        parts.add(part);
        count.write(seen);
        return;
      }
      List<T> all = new ArrayList<>();
      parts.read().forEach(all::add);
      all.add(part);
      parts.clear();
      count.clear();
      out.output(KV.of(element.getKey(), all));
    }
  }
}

package io.reel2sop.pipeline.outcome;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.Combine;

/** Gathers every element of a (small, bounded) collection into one list. */
final class ToListFn<T> extends Combine.CombineFn<T, List<T>, List<T>> {
  @Override
  public List<T> createAccumulator() {
    return new ArrayList<>();
  }

  @Override
  public List<T> addInput(List<T> accumulator, T input) {
    accumulator.add(input);
    return accumulator;
  }

  @Override
  public List<T> mergeAccumulators(Iterable<List<T>> accumulators) {
    List<T> merged = new ArrayList<>();
    accumulators.forEach(merged::addAll);
    return merged;
  }

  @Override
  public List<T> extractOutput(List<T> accumulator) {
    return accumulator;
  }
}

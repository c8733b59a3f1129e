package io.reel2sop.pipeline.outcome;

import io.reel2sop.pipeline.discover.PassedOver;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.pipeline.store.SopStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Gathers every outcome of a bounded run and writes {@code report.json} into the store, whole. */
public final class WriteRunReport extends PTransform<PCollection<RecordingOutcome>, PCollection<Void>> {
  private final String started;
  private final String runner;
  private final String input;
  private final SopStore store;
  private final List<PassedOver> passedOver;

  public WriteRunReport(Instant started, String runner, String input, SopStore store, List<PassedOver> passedOver) {
    this.started = started.toString();
    this.runner = runner;
    this.input = input;
    this.store = store;
    this.passedOver = List.copyOf(passedOver);
  }

  @Override
  public PCollection<Void> expand(PCollection<RecordingOutcome> outcomes) {
    return outcomes
        .apply("AllOutcomes", Combine.globally(new ToListFn<RecordingOutcome>()))
        .apply("WriteReport", ParDo.of(new WriteFn(this)));
  }

  private static final class WriteFn extends DoFn<List<RecordingOutcome>, Void> {
    private final String started;
    private final String runner;
    private final String input;
    private final SopStore store;
    private final List<PassedOver> passedOver;

    WriteFn(WriteRunReport spec) {
      this.started = spec.started;
      this.runner = spec.runner;
      this.input = spec.input;
      this.store = spec.store;
      this.passedOver = spec.passedOver;
    }

    @ProcessElement
    public void process(@Element List<RecordingOutcome> outcomes) throws IOException {
      RunReport report = RunReport.of(Instant.parse(started), runner, input, store.location(), outcomes, passedOver);
      store.writeFile(SopLayout.REPORT, report.toJson().getBytes(StandardCharsets.UTF_8));
    }
  }
}

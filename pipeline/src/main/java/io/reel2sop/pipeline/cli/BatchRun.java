package io.reel2sop.pipeline.cli;

import io.reel2sop.model.Recording;
import io.reel2sop.pipeline.config.Reel2SopOptions;
import io.reel2sop.pipeline.config.ReelVersion;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.config.RunSettingsFactory;
import io.reel2sop.pipeline.discover.PassedOver;
import io.reel2sop.pipeline.discover.RecordingFinder;
import io.reel2sop.pipeline.graph.JsonCoder;
import io.reel2sop.pipeline.graph.ProcessRecordings;
import io.reel2sop.pipeline.outcome.WriteRunReport;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.transforms.Create;

/** A bounded run: finds the recordings, makes their SOPs, writes the report, prints the summary. */
record BatchRun(PrintStream out, Invocation invocation) {

  int run() throws IOException {
    Reel2SopOptions options = invocation.options();
    SopStore store = invocation.store();
    RecordingFinder.Discovery found =
        new RecordingFinder(options.getSidecars()).find(options.getInput(), Locations.path(store.location()));
    List<Recording> recordings = found.recordings();
    if (recordings.isEmpty()) {
      throw new IOException("no recordings found in " + options.getInput()
          + (found.passedOver().isEmpty() ? "" : ". " + PassedOver.summary(found.passedOver())));
    }
    RunSettings settings = RunSettingsFactory.from(
        options, invocation.tunables(), recordings.size(), UUID.randomUUID().toString(), ReelVersion.current());
    Preflight.checkLibraries(settings);
    out.printf(
        "reel2sop %s: %d recording%s from %s on %s (reprocess: %s)%n",
        settings.version(),
        recordings.size(),
        recordings.size() == 1 ? "" : "s",
        options.getInput(),
        settings.runner(),
        settings.reprocess());
    if (!found.passedOver().isEmpty()) {
      out.println(PassedOver.summary(found.passedOver()));
    }
    Instant started = Instant.now();
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply("Recordings", Create.of(recordings).withCoder(JsonCoder.of(Recording.class)))
        .apply("ProcessRecordings", new ProcessRecordings(settings, store))
        .apply("RunReport", new WriteRunReport(started, settings.runner(), options.getInput(), store, found.passedOver()));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    // Workers that died mid-write (a lost TaskManager) may have left staged SOPs behind.
    store.recover();
    return new RunSummary(out, store).print(result);
  }
}

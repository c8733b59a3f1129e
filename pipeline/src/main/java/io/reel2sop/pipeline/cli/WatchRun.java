package io.reel2sop.pipeline.cli;

import io.reel2sop.pipeline.config.Reel2SopOptions;
import io.reel2sop.pipeline.config.ReelVersion;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.config.RunSettingsFactory;
import io.reel2sop.pipeline.discover.RecordingFinder;
import io.reel2sop.pipeline.graph.ProcessRecordings;
import io.reel2sop.pipeline.graph.UpdateIndex;
import io.reel2sop.pipeline.graph.WatchRecordings;
import io.reel2sop.pipeline.store.SopStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.StreamingOptions;

/**
 * {@code --watch}: a streaming job that keeps turning new or changed recordings into SOPs (and the
 * index up to date) until it is cancelled: Ctrl-C here, or a cancel on the cluster. The job is
 * submitted so that {@code run()} returns at once on every runner ({@link
 * io.reel2sop.pipeline.config.RunnerDefaults}); the client then waits on it and reads how it ended.
 */
record WatchRun(PrintStream out, Invocation invocation) {

  /** Runs the job; {@code running} is told of it once it runs, and of null once it has ended. */
  int run(Consumer<PipelineResult> running) throws IOException {
    Reel2SopOptions options = invocation.options();
    SopStore store = invocation.store();
    if (options.getPollSeconds() < 1) {
      throw new IllegalArgumentException("--pollSeconds must be at least 1");
    }
    if (!RecordingFinder.isGlob(options.getInput()) && !Files.exists(RecordingFinder.absolute(options.getInput()))) {
      throw new IOException("--input " + options.getInput() + ": no such folder to watch");
    }
    RunSettings settings =
        RunSettingsFactory.from(options, invocation.tunables(), 0, UUID.randomUUID().toString(), ReelVersion.current());
    Preflight.checkLibraries(settings);
    options.as(StreamingOptions.class).setStreaming(true);
    options.as(DirectOptions.class).setBlockOnRun(false);
    out.printf(
        "reel2sop %s: watching %s every %d s on %s; SOPs go to %s (Ctrl-C stops)%n",
        settings.version(), options.getInput(), options.getPollSeconds(), settings.runner(), store.location());
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply("WatchRecordings",
            new WatchRecordings(options.getInput(), store.location(), options.getSidecars(), options.getPollSeconds()))
        .apply("ProcessRecordings", new ProcessRecordings(settings, store))
        .apply("UpdateIndex", new UpdateIndex(store, Instant.now().toString()));
    PipelineResult job = pipeline.run();
    running.accept(job);
    Thread stopOnExit = new Thread(() -> cancel(job), "reel2sop-stop-watch");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    PipelineResult.State end;
    try {
      end = job.waitUntilFinish();
    } finally {
      running.accept(null);
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it is what ended the wait
      }
    }
    if (end == PipelineResult.State.CANCELLED) {
      out.println("reel2sop: stopped watching " + options.getInput());
      return Reel2Sop.EXIT_OK;
    }
    out.println("reel2sop: the watch job ended on its own (" + end + ")");
    return Reel2Sop.EXIT_SOME_FAILED;
  }

  private static void cancel(PipelineResult result) {
    try {
      result.cancel();
    } catch (IOException | UnsupportedOperationException e) {
      // already finished or cancelled
    }
  }
}

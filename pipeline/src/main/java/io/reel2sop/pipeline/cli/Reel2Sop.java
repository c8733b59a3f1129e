package io.reel2sop.pipeline.cli;

import io.reel2sop.environment.BrokenEnvironmentException;
import io.reel2sop.model.Recording;
import io.reel2sop.pipeline.config.ConfigDefaults;
import io.reel2sop.pipeline.config.Reel2SopOptions;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.config.RunSettingsFactory;
import io.reel2sop.pipeline.discover.PassedOver;
import io.reel2sop.pipeline.discover.RecordingFinder;
import io.reel2sop.pipeline.discover.WatchRecordings;
import io.reel2sop.pipeline.graph.ChunkResult;
import io.reel2sop.pipeline.graph.ChunkTask;
import io.reel2sop.pipeline.graph.JsonCoder;
import io.reel2sop.pipeline.graph.ProcessRecordings;
import io.reel2sop.pipeline.graph.ShotRun;
import io.reel2sop.pipeline.graph.UpdateIndexFn;
import io.reel2sop.pipeline.outcome.OutcomeLog;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.pipeline.outcome.WriteRunReport;
import io.reel2sop.pipeline.store.LibraryIndexWriter;
import io.reel2sop.pipeline.store.OutputLock;
import io.reel2sop.pipeline.store.SopFolderWriter;
import io.reel2sop.render.LibraryScan;
import io.reel2sop.render.TimeFormat;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.StreamingOptions;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;

/** The command line: finds the recordings, runs the pipeline, prints the outcome, sets the exit code. */
public final class Reel2Sop {
  public static final int EXIT_OK = 0;
  static final int EXIT_SOME_FAILED = 1;
  public static final int EXIT_USAGE = 2;
  static final int EXIT_BROKEN_ENVIRONMENT = 3;

  private final PrintStream out;
  private volatile PipelineResult watching;

  public Reel2Sop(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    System.exit(new Reel2Sop(System.out).run(args));
  }

  public int run(String[] args) {
    if (Arrays.stream(args).anyMatch(a -> a.startsWith("--help="))) {
      Usage.printOptionDetails(out);
      return EXIT_OK;
    }
    if (args.length == 0 || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      Usage.print(out);
      return args.length == 0 ? EXIT_USAGE : EXIT_OK;
    }
    Reel2SopOptions options;
    Path outputRoot;
    try {
      PipelineOptionsFactory.register(Reel2SopOptions.class);
      options = PipelineOptionsFactory.fromArgs(ConfigDefaults.apply(args)).withValidation().as(Reel2SopOptions.class);
      outputRoot =
          Locations.isBucket(options.getOutput())
              ? Locations.path(options.getOutput())
              : Path.of(options.getOutput()).toAbsolutePath().normalize();
    } catch (IllegalArgumentException | IOException e) {
      return usageError(e);
    }
    try {
      Preflight.checkOutput(outputRoot);
      try (OutputLock lock = OutputLock.acquire(outputRoot)) {
        return runLocked(options, outputRoot);
      }
    } catch (IllegalArgumentException | IOException e) {
      return usageError(e);
    } catch (RuntimeException e) {
      BrokenEnvironmentException broken = brokenEnvironment(e);
      if (broken == null) {
        throw e;
      }
      out.println("reel2sop: cannot run on this machine: " + broken.getMessage());
      return EXIT_BROKEN_ENVIRONMENT;
    }
  }

  /** The environment failure behind {@code e}, also when a runner wrapped it; or null. */
  private static BrokenEnvironmentException brokenEnvironment(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BrokenEnvironmentException broken) {
        return broken;
      }
    }
    return null;
  }

  private int runLocked(Reel2SopOptions options, Path outputRoot) throws IOException {
    List<String> finished = Locations.isLocal(outputRoot) ? new SopFolderWriter(outputRoot).recover() : List.of();
    if (!finished.isEmpty()) {
      out.printf("reel2sop: published %d SOP(s) an interrupted run had finished: %s%n", finished.size(), finished);
    }
    if (options.getWatch()) {
      return watch(options, outputRoot);
    }
    RecordingFinder.Discovery found = new RecordingFinder(options.getSidecars()).find(options.getInput(), outputRoot);
    List<Recording> recordings = found.recordings();
    if (recordings.isEmpty()) {
      throw new IOException("no recordings found in " + options.getInput()
          + (found.passedOver().isEmpty() ? "" : ". " + PassedOver.summary(found.passedOver())));
    }
    RunSettings settings =
        RunSettingsFactory.from(options, outputRoot, recordings.size(), UUID.randomUUID().toString(), version());
    Preflight.checkLibraries(settings);
    out.printf(
        "reel2sop %s: %d recording%s from %s on %s (reprocess: %s)%n",
        settings.version(),
        recordings.size(),
        recordings.size() == 1 ? "" : "s",
        options.getInput(),
        settings.runner(),
        settings.reprocess().name().toLowerCase(java.util.Locale.ROOT));
    if (!found.passedOver().isEmpty()) {
      out.println(PassedOver.summary(found.passedOver()));
    }
    Instant started = Instant.now();
    Pipeline pipeline = Pipeline.create(options);
    registerCoders(pipeline.getCoderRegistry());
    pipeline
        .apply("Recordings", Create.of(recordings).withCoder(JsonCoder.of(Recording.class)))
        .apply("ProcessRecordings", new ProcessRecordings(settings))
        .apply("RunReport", new WriteRunReport(started, settings.runner(), options.getInput(), settings.outputRoot(), found.passedOver()));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    if (Locations.isLocal(outputRoot)) {
      // Workers that died mid-write (a lost TaskManager) may have left staged folders behind.
      new SopFolderWriter(outputRoot).recover();
    }
    return summarise(result, outputRoot, OutcomeLog.loggedHere(settings.runId()) == 0);
  }

  /**
   * {@code --watch}: a streaming job that keeps turning new or changed recordings into SOPs (and
   * the index up to date) until it is cancelled: Ctrl-C here, or a cancel on the cluster.
   */
  private int watch(Reel2SopOptions options, Path outputRoot) throws IOException {
    if (options.getPollSeconds() < 1) {
      throw new IllegalArgumentException("--pollSeconds must be at least 1");
    }
    if (!RecordingFinder.isGlob(options.getInput()) && !Files.exists(RecordingFinder.absolute(options.getInput()))) {
      throw new IOException("--input " + options.getInput() + ": no such folder to watch");
    }
    RunSettings settings = RunSettingsFactory.from(options, outputRoot, 0, UUID.randomUUID().toString(), version());
    Preflight.checkLibraries(settings);
    options.as(StreamingOptions.class).setStreaming(true);
    // The DirectRunner would otherwise not return from run() until the job ends (never).
    options.as(DirectOptions.class).setBlockOnRun(false);
    out.printf(
        "reel2sop %s: watching %s every %d s on %s; SOPs go to %s (Ctrl-C stops)%n",
        settings.version(), options.getInput(), options.getPollSeconds(), settings.runner(), Locations.of(outputRoot));
    Pipeline pipeline = Pipeline.create(options);
    registerCoders(pipeline.getCoderRegistry());
    pipeline
        .apply("WatchRecordings",
            new WatchRecordings(options.getInput(), settings.outputRoot(), options.getSidecars(), options.getPollSeconds()))
        .apply("ProcessRecordings", new ProcessRecordings(settings))
        .apply("UpdateIndex", ParDo.of(new UpdateIndexFn(settings.outputRoot())));
    Thread stopOnExit = new Thread(() -> cancel(watching), "reel2sop-stop-watch");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      // A runner that submits attached (Flink) only returns here once the job has ended.
      PipelineResult result = pipeline.run();
      watching = result;
      result.waitUntilFinish();
    } catch (RuntimeException e) {
      if (!cancelled(e)) {
        throw e;
      }
    } finally {
      watching = null;
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it is what ended the wait
      }
    }
    out.println("reel2sop: stopped watching " + options.getInput());
    return EXIT_OK;
  }

  /** The running {@code --watch} job, while there is one. */
  PipelineResult watching() {
    return watching;
  }

  private static boolean cancelled(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().contains("Cancellation")
          || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("cancel")) {
        return true;
      }
    }
    return false;
  }

  private static void cancel(PipelineResult result) {
    if (result == null) {
      return;
    }
    try {
      result.cancel();
    } catch (IOException | UnsupportedOperationException e) {
      // already finished or cancelled
    }
  }

  private int usageError(Exception e) {
    out.println("reel2sop: " + e.getMessage());
    out.println("Run ./reel2sop --help for the options.");
    return EXIT_USAGE;
  }

  public static void registerCoders(CoderRegistry registry) {
    for (Class<?> type :
        List.of(Recording.class, RecordingOutcome.class, ChunkTask.class, ChunkResult.class, ShotRun.class)) {
      register(registry, type);
    }
  }

  private static <T> void register(CoderRegistry registry, Class<T> type) {
    registry.registerCoderForClass(type, JsonCoder.of(type));
  }

  private int summarise(PipelineResult result, Path outputRoot, boolean ranElsewhere) {
    Path reportFile = outputRoot.resolve(WriteRunReport.FILE_NAME);
    RunReport report;
    try {
      report = RunReport.fromJson(Files.readString(reportFile));
    } catch (IOException e) {
      out.println("reel2sop: the run ended without a report (" + e.getMessage() + ")");
      return EXIT_SOME_FAILED;
    }
    if (ranElsewhere) {
      // The workers logged each outcome on their own machines; repeat them here.
      report.outcomes().forEach(o -> out.println(OutcomeLog.line(o)));
    }
    out.printf(
        "Done in %.1f s: %d processed, %d skipped (up to date), %d failed; %s of video processed.%n",
        report.wallSeconds(),
        report.processed(),
        report.skipped(),
        report.failed(),
        TimeFormat.minutesSeconds(report.videoSecondsProcessed()));
    for (RecordingOutcome failed : report.outcomes().stream().filter(o -> !o.succeeded()).toList()) {
      out.printf("  FAILED %s: %s%n", failed.uri(), failed.reason());
    }
    printMetrics(result);
    try {
      LibraryScan index = LibraryIndexWriter.write(outputRoot);
      out.printf("Index: %s (%d SOPs)%n",
          Locations.of(outputRoot.resolve(LibraryIndexWriter.HTML_FILE)), index.entries().size());
      index.unreadable().forEach(u -> out.println("  not in the index, unreadable: " + u));
    } catch (IOException e) {
      out.println("reel2sop: the library index could not be written: " + e.getMessage());
    }
    List<RecordingOutcome> done = report.outcomes().stream().filter(RecordingOutcome::succeeded).toList();
    if (done.size() == 1) {
      out.println("SOP: " + Locations.of(outputRoot.resolve(done.get(0).sopPath()).resolve("sop.html")));
    } else {
      out.println("SOPs: " + Locations.of(outputRoot) + " (one folder per recording, each with sop.html)");
    }
    out.println("Report: " + Locations.of(reportFile));
    return report.failed() == 0 ? EXIT_OK : EXIT_SOME_FAILED;
  }

  private void printMetrics(PipelineResult result) {
    MetricQueryResults metrics =
        result.metrics().queryMetrics(MetricsFilter.builder().build());
    // A counter incremented in several steps (a failure at the probe or at the end) comes once per step.
    Map<String, Long> totals = new java.util.TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      if (RunMetrics.NAMESPACE.equals(counter.getName().getNamespace())) {
        totals.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
      }
    }
    StringBuilder line = new StringBuilder("Metrics:");
    totals.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
    out.println(line);
  }

  static String version() {
    try (InputStream in = Reel2Sop.class.getResourceAsStream("/io/reel2sop/pipeline/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}

package io.reel2sop.pipeline.cli;

import io.reel2sop.environment.BrokenEnvironmentException;
import io.reel2sop.pipeline.config.FlinkClusterSlots;
import io.reel2sop.pipeline.config.Reel2SopOptions;
import io.reel2sop.pipeline.config.RunnerDefaults;
import io.reel2sop.pipeline.config.Tunables;
import io.reel2sop.pipeline.store.SopStores;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The command line: parses the options, holds the output for the run, and runs a batch
 * ({@link BatchRun}) or a watch ({@link WatchRun}); its exit code says how it went.
 */
public final class Reel2Sop {
  public static final int EXIT_OK = 0;
  public static final int EXIT_SOME_FAILED = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_BROKEN_ENVIRONMENT = 3;

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
    if (args.length == 0 || List.of(args).contains("--help") || List.of(args).contains("-h")) {
      Usage.print(out);
      return args.length == 0 ? EXIT_USAGE : EXIT_OK;
    }
    try {
      Invocation invocation = parse(args);
      Preflight.checkOutput(invocation.store());
      try (Closeable lock = invocation.store().lockForRun()) {
        List<String> finished = invocation.store().recover();
        if (!finished.isEmpty()) {
          out.printf("reel2sop: published %d SOP(s) an interrupted run had finished: %s%n", finished.size(), finished);
        }
        if (invocation.options().getWatch()) {
          return new WatchRun(out, invocation).run(job -> watching = job);
        }
        return new BatchRun(out, invocation).run();
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

  /** The running {@code --watch} job, while there is one. */
  PipelineResult watching() {
    return watching;
  }

  private static Invocation parse(String[] args) throws IOException {
    Tunables.CommandLine line = Tunables.split(args);
    PipelineOptionsFactory.register(Reel2SopOptions.class);
    Reel2SopOptions options = PipelineOptionsFactory.fromArgs(RunnerDefaults.apply(FlinkClusterSlots.apply(line.options())))
        .withValidation()
        .as(Reel2SopOptions.class);
    return new Invocation(
        options, Tunables.values(options.getConfig(), line.tunables()), SopStores.forOutput(options.getOutput()));
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

  private int usageError(Exception e) {
    out.println("reel2sop: " + e.getMessage());
    out.println("Run ./reel2sop --help for the options.");
    return EXIT_USAGE;
  }
}

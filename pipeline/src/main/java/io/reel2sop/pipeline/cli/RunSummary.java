package io.reel2sop.pipeline.cli;

import io.reel2sop.pipeline.outcome.OutcomeLog;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.render.LibraryScan;
import io.reel2sop.render.TimeFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The end of a bounded run, on the console: the outcome lines when the workers logged them
 * elsewhere, the totals, each failure, the counters, the index and where the SOPs are.
 */
record RunSummary(PrintStream out, SopStore store) {

  /** Prints the summary; returns the run's exit code. */
  int print(PipelineResult result) {
    RunReport report;
    try {
      report = RunReport.fromJson(store.readFile(SopLayout.REPORT));
    } catch (IOException e) {
      out.println("reel2sop: the run ended without a report (" + e.getMessage() + ")");
      return Reel2Sop.EXIT_SOME_FAILED;
    }
    Map<String, Long> counters = counters(result, RunMetrics.NAMESPACE);
    if (counters(result, RunMetrics.CONSOLE_NAMESPACE).getOrDefault("outcomesLoggedElsewhere", 0L) > 0) {
      // The workers logged these outcomes on their own machines; repeat them here.
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
    if (report.changed() > 0 || report.reRendered() > 0) {
      out.printf("Changed: %d SOP(s) (each has a changes.html), %d rendered again after their edits changed.%n",
          report.changed(), report.reRendered());
    }
    for (RecordingOutcome reviewed : report.outcomes()) {
      reviewed.orphanedEdits().forEach(edit -> out.printf("  NEEDS REVIEW %s: %s%n", reviewed.sopPath(), edit));
    }
    StringBuilder line = new StringBuilder("Metrics:");
    counters.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
    out.println(line);
    try {
      LibraryScan index = store.writeIndex(report.startedAt());
      out.printf("Index: %s (%d SOPs)%n", store.locationOf(SopLayout.INDEX_HTML), index.entries().size());
      index.unreadable().forEach(u -> out.println("  not in the index, unreadable: " + u));
    } catch (IOException e) {
      out.println("reel2sop: the library index could not be written: " + e.getMessage());
    }
    List<RecordingOutcome> done = report.outcomes().stream().filter(RecordingOutcome::succeeded).toList();
    if (done.size() == 1) {
      out.println("SOP: " + store.locationOf(done.get(0).sopPath() + "/sop.html"));
    } else {
      out.println("SOPs: " + store.location() + " (one folder per recording, each with sop.html)");
    }
    out.println("Report: " + store.locationOf(SopLayout.REPORT));
    return report.failed() == 0 ? Reel2Sop.EXIT_OK : Reel2Sop.EXIT_SOME_FAILED;
  }

  /** A namespace's counters by name; one incremented in several steps is summed over them. */
  private static Map<String, Long> counters(PipelineResult result, String namespace) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    Map<String, Long> totals = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      if (namespace.equals(counter.getName().getNamespace())) {
        totals.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
      }
    }
    return totals;
  }
}

package io.reel2sop.pipeline;

import io.reel2sop.render.TimeFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.beam.sdk.transforms.DoFn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console line per recording with its outcome and the run's progress, and the outcome counters.
 * The progress count is per worker process: exact on the DirectRunner, a lower bound on a cluster.
 */
final class LogOutcomeFn extends DoFn<RecordingOutcome, RecordingOutcome> {
  private static final Logger LOG = LoggerFactory.getLogger("reel2sop");
  private static final Map<String, AtomicInteger> DONE_PER_RUN = new ConcurrentHashMap<>();

  private final String runId;
  private final int total;

  LogOutcomeFn(String runId, int total) {
    this.runId = runId;
    this.total = total;
  }

  @ProcessElement
  public void process(@Element RecordingOutcome outcome, OutputReceiver<RecordingOutcome> out) {
    int done = DONE_PER_RUN.computeIfAbsent(runId, k -> new AtomicInteger()).incrementAndGet();
    String progress = "[" + done + "/" + total + "]";
    if (outcome.status() == RecordingOutcome.Status.SKIPPED) {
      RunMetrics.RECORDINGS_SKIPPED.inc();
      LOG.info("{} SKIP   {} -> {} ({})", progress, outcome.uri(), outcome.sopPath(), outcome.reason());
    } else if (outcome.succeeded()) {
      RunMetrics.RECORDINGS_PROCESSED.inc();
      LOG.info(
          "{} OK     {} -> {} ({} steps, {} of video)",
          progress,
          outcome.uri(),
          outcome.sopPath(),
          outcome.steps(),
          TimeFormat.minutesSeconds(outcome.durationSeconds()));
    } else {
      RunMetrics.RECORDINGS_FAILED.inc();
      LOG.warn("{} FAILED {}: {}", progress, outcome.uri(), outcome.reason());
    }
    out.output(outcome);
  }
}

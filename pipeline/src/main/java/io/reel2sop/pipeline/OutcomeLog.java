package io.reel2sop.pipeline;

import io.reel2sop.render.TimeFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console line per recording, as soon as its outcome is known, with the run's progress; and the
 * outcome counters. The progress count is per worker process: exact on the DirectRunner, a lower
 * bound on a cluster.
 */
final class OutcomeLog {
  private static final Logger LOG = LoggerFactory.getLogger("reel2sop");
  private static final Map<String, AtomicInteger> DONE_PER_RUN = new ConcurrentHashMap<>();

  private OutcomeLog() {}

  static void warn(String message) {
    LOG.warn(message);
  }

  static void log(RecordingOutcome outcome, String runId, int total) {
    int done = DONE_PER_RUN.computeIfAbsent(runId, k -> new AtomicInteger()).incrementAndGet();
    String progress = "[" + done + "/" + total + "]";
    switch (outcome.status()) {
      case SKIPPED -> {
        RunMetrics.RECORDINGS_SKIPPED.inc();
        LOG.info("{} SKIP   {} -> {} ({})", progress, outcome.uri(), outcome.sopPath(), outcome.reason());
      }
      case PROCESSED -> {
        RunMetrics.RECORDINGS_PROCESSED.inc();
        LOG.info(
            "{} OK     {} -> {} ({} steps, {} of video)",
            progress,
            outcome.uri(),
            outcome.sopPath(),
            outcome.steps(),
            TimeFormat.minutesSeconds(outcome.durationSeconds()));
      }
      case FAILED -> {
        RunMetrics.RECORDINGS_FAILED.inc();
        LOG.warn("{} FAILED {}: {}", progress, outcome.uri(), outcome.reason());
      }
    }
  }
}

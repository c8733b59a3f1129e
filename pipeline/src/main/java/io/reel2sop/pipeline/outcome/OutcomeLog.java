package io.reel2sop.pipeline.outcome;

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
public final class OutcomeLog {
  private static final Logger LOG = LoggerFactory.getLogger("reel2sop");
  private static final Map<String, AtomicInteger> DONE_PER_RUN = new ConcurrentHashMap<>();

  private OutcomeLog() {}

  /** How many outcomes of this run were logged in this process (none when a cluster ran it). */
  public static int loggedHere(String runId) {
    AtomicInteger done = DONE_PER_RUN.get(runId);
    return done == null ? 0 : done.get();
  }

  static void warn(String message) {
    LOG.warn(message);
  }

  public static void log(RecordingOutcome outcome, String runId, int total) {
    int done = DONE_PER_RUN.computeIfAbsent(runId, k -> new AtomicInteger()).incrementAndGet();
    String line = (total > 0 ? "[" + done + "/" + total + "] " : "[" + done + "] ") + line(outcome);
    switch (outcome.status()) {
      case SKIPPED -> {
        RunMetrics.RECORDINGS_SKIPPED.inc();
        LOG.info(line);
      }
      case PROCESSED -> {
        RunMetrics.RECORDINGS_PROCESSED.inc();
        LOG.info(line);
      }
      case FAILED -> {
        RunMetrics.RECORDINGS_FAILED.inc();
        LOG.warn(line);
      }
    }
  }

  /** {@code OK     <uri> -> <folder> (7 steps, 0:31 of video)}, {@code SKIP ...} or {@code FAILED <uri>: <why>}. */
  public static String line(RecordingOutcome outcome) {
    return switch (outcome.status()) {
      case SKIPPED -> "SKIP   " + outcome.uri() + " -> " + outcome.sopPath() + " (" + outcome.reason() + ")";
      case PROCESSED -> "OK     " + outcome.uri() + " -> " + outcome.sopPath() + " (" + outcome.steps() + " steps, "
          + TimeFormat.minutesSeconds(outcome.durationSeconds()) + " of video)";
      case FAILED -> "FAILED " + outcome.uri() + ": " + outcome.reason();
    };
  }
}

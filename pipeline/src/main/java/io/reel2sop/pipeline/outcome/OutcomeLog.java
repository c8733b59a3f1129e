package io.reel2sop.pipeline.outcome;

import io.reel2sop.render.TimeFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console line per recording, as soon as its outcome is known, with the run's progress. The
 * progress count is kept per process, for the line only: exact when one process runs the whole job
 * (the DirectRunner), a count per worker on a cluster.
 */
public final class OutcomeLog {
  private static final Logger LOG = LoggerFactory.getLogger("reel2sop");
  private static final Map<String, AtomicInteger> DONE_PER_RUN = new ConcurrentHashMap<>();

  private OutcomeLog() {}

  public static void warn(String message) {
    LOG.warn(message);
  }

  /** Logs {@code [done/total] <line>}: failures as warnings. */
  public static void log(RecordingOutcome outcome, String runId, int total) {
    int done = DONE_PER_RUN.computeIfAbsent(runId, k -> new AtomicInteger()).incrementAndGet();
    String line = (total > 0 ? "[" + done + "/" + total + "] " : "[" + done + "] ") + line(outcome);
    if (outcome.status() == RecordingOutcome.Status.FAILED) {
      LOG.warn(line);
    } else {
      LOG.info(line);
    }
  }

  /** {@code OK     <uri> -> <folder> (7 steps, 0:31 of video)}, {@code SKIP ...} or {@code FAILED <uri>: <why>}. */
  public static String line(RecordingOutcome outcome) {
    return switch (outcome.status()) {
      case SKIPPED -> "SKIP   " + outcome.uri() + " -> " + outcome.sopPath() + " (" + outcome.reason() + ")"
          + review(outcome.revision());
      case PROCESSED -> "OK     " + outcome.uri() + " -> " + outcome.sopPath() + " (" + outcome.steps() + " steps, "
          + (outcome.revision() != null && outcome.revision().reRendered()
              ? "rendered again after its edits changed, not analysed"
              : TimeFormat.minutesSeconds(outcome.durationSeconds()) + " of video")
          + ")" + review(outcome.revision());
      case FAILED -> "FAILED " + outcome.uri() + ": " + outcome.reason();
    };
  }

  /** {@code ; changes: 2 steps reworded; 1 edit needs review}, or nothing. */
  private static String review(RevisionNote revision) {
    if (revision == null) {
      return "";
    }
    String text = revision.changes() == null ? "" : "; changes: " + revision.changes();
    int orphaned = revision.orphanedEdits().size();
    return orphaned == 0 ? text : text + "; " + orphaned + (orphaned == 1 ? " edit needs" : " edits need")
        + " review (found no step)";
  }
}

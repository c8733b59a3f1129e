package io.reel2sop.pipeline.outcome;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/** The Beam counters that say what a run did; printed at the end of a bounded run. */
public final class RunMetrics {
  public static final String NAMESPACE = "reel2sop";
  public static final Counter RECORDINGS_PROCESSED = Metrics.counter(NAMESPACE, "recordingsProcessed");
  public static final Counter RECORDINGS_FAILED = Metrics.counter(NAMESPACE, "recordingsFailed");
  public static final Counter RECORDINGS_SKIPPED = Metrics.counter(NAMESPACE, "recordingsSkipped");
  public static final Counter FRAMES_DECODED = Metrics.counter(NAMESPACE, "framesDecoded");
  public static final Counter VIDEO_MILLIS = Metrics.counter(NAMESPACE, "videoMillisProcessed");
  public static final Counter AUDIO_MILLIS = Metrics.counter(NAMESPACE, "audioMillisProcessed");
  /** SOPs rendered again after their reviewer's edits changed, without analysing their recording. */
  public static final Counter SOPS_RE_RENDERED = Metrics.counter(NAMESPACE, "sopsReRendered");
  /**
   * Wall time inside the tasks of each stage, summed over the workers: scene detection (decoding
   * and scoring), speech (decoding, finding speech, Vosk), stitching, reading the screen and
   * aligning a recording into its staged SOP files (of which reading the screen: OCR), screenshots,
   * and publishing.
   */
  public static final Counter SCENE_WORK_MILLIS = Metrics.counter(NAMESPACE, "sceneWorkMillis");
  public static final Counter SPEECH_WORK_MILLIS = Metrics.counter(NAMESPACE, "speechWorkMillis");
  public static final Counter OCR_WORK_MILLIS = Metrics.counter(NAMESPACE, "ocrWorkMillis");
  public static final Counter ASSEMBLE_WORK_MILLIS = Metrics.counter(NAMESPACE, "assembleWorkMillis");
  public static final Counter SHOT_WORK_MILLIS = Metrics.counter(NAMESPACE, "shotWorkMillis");
  public static final Counter WRITE_WORK_MILLIS = Metrics.counter(NAMESPACE, "writeWorkMillis");

  /** Milliseconds since {@code startedNanos} ({@link System#nanoTime()}). */
  public static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  /**
   * Outcome lines logged by a process other than the client's (a cluster's workers log on their own
   * machines): the client then repeats every outcome line from the report. Not one of the run's
   * figures, so in a namespace of its own.
   */
  public static final String CONSOLE_NAMESPACE = "reel2sop-console";
  public static final Counter OUTCOMES_LOGGED_ELSEWHERE = Metrics.counter(CONSOLE_NAMESPACE, "outcomesLoggedElsewhere");

  private RunMetrics() {}
}

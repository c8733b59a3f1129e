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
  /** Time spent in scene detection, speech recognition, and stitching plus writing the SOPs. */
  public static final Counter SCENE_WORK_MILLIS = Metrics.counter(NAMESPACE, "sceneWorkMillis");
  public static final Counter SPEECH_WORK_MILLIS = Metrics.counter(NAMESPACE, "speechWorkMillis");
  public static final Counter WRITE_WORK_MILLIS = Metrics.counter(NAMESPACE, "writeWorkMillis");

  /**
   * Outcome lines logged by a process other than the client's (a cluster's workers log on their own
   * machines): the client then repeats every outcome line from the report. Not one of the run's
   * figures, so in a namespace of its own.
   */
  public static final String CONSOLE_NAMESPACE = "reel2sop-console";
  public static final Counter OUTCOMES_LOGGED_ELSEWHERE = Metrics.counter(CONSOLE_NAMESPACE, "outcomesLoggedElsewhere");

  private RunMetrics() {}
}

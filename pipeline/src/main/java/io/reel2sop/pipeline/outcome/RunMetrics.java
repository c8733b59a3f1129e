package io.reel2sop.pipeline.outcome;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/** The Beam counters that say what a run did; printed at the end of a bounded run. */
public final class RunMetrics {
  public static final String NAMESPACE = "reel2sop";
  static final Counter RECORDINGS_PROCESSED = Metrics.counter(NAMESPACE, "recordingsProcessed");
  static final Counter RECORDINGS_FAILED = Metrics.counter(NAMESPACE, "recordingsFailed");
  static final Counter RECORDINGS_SKIPPED = Metrics.counter(NAMESPACE, "recordingsSkipped");
  public static final Counter FRAMES_DECODED = Metrics.counter(NAMESPACE, "framesDecoded");
  public static final Counter VIDEO_MILLIS = Metrics.counter(NAMESPACE, "videoMillisProcessed");
  public static final Counter AUDIO_MILLIS = Metrics.counter(NAMESPACE, "audioMillisProcessed");
  /** Time spent in scene detection, speech recognition, and stitching plus writing the SOPs. */
  public static final Counter SCENE_WORK_MILLIS = Metrics.counter(NAMESPACE, "sceneWorkMillis");
  public static final Counter SPEECH_WORK_MILLIS = Metrics.counter(NAMESPACE, "speechWorkMillis");
  public static final Counter WRITE_WORK_MILLIS = Metrics.counter(NAMESPACE, "writeWorkMillis");

  private RunMetrics() {}
}

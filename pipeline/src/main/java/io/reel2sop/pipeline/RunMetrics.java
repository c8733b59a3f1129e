package io.reel2sop.pipeline;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/** The Beam counters that say what a run did; printed at the end of a bounded run. */
final class RunMetrics {
  static final String NAMESPACE = "reel2sop";
  static final Counter RECORDINGS_PROCESSED = Metrics.counter(NAMESPACE, "recordingsProcessed");
  static final Counter RECORDINGS_FAILED = Metrics.counter(NAMESPACE, "recordingsFailed");
  static final Counter RECORDINGS_SKIPPED = Metrics.counter(NAMESPACE, "recordingsSkipped");
  static final Counter FRAMES_DECODED = Metrics.counter(NAMESPACE, "framesDecoded");
  static final Counter VIDEO_MILLIS = Metrics.counter(NAMESPACE, "videoMillisProcessed");
  static final Counter AUDIO_MILLIS = Metrics.counter(NAMESPACE, "audioMillisProcessed");
  /** Time spent in scene detection, speech recognition, and stitching plus writing the SOPs. */
  static final Counter SCENE_WORK_MILLIS = Metrics.counter(NAMESPACE, "sceneWorkMillis");
  static final Counter SPEECH_WORK_MILLIS = Metrics.counter(NAMESPACE, "speechWorkMillis");
  static final Counter WRITE_WORK_MILLIS = Metrics.counter(NAMESPACE, "writeWorkMillis");

  private RunMetrics() {}
}

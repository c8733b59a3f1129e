package io.reel2sop.pipeline;

import io.reel2sop.media.UnusableRecordingException;
import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.scene.RecordingSceneAnalyzer;
import io.reel2sop.storage.LocalMedia;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/** Decodes each recording's frames small and grey and finds its scene cuts and local actions. */
final class DetectScenesFn extends DoFn<ProbedRecording, KV<String, SceneAnalysis>> {
  static final TupleTag<KV<String, SceneAnalysis>> DETECTED = new TupleTag<>() {};
  static final TupleTag<StageFailure> FAILED = new TupleTag<>() {};

  /** A decode that stops this much short of the container's duration means a damaged file. */
  private static final double TRUNCATION_TOLERANCE = 0.9;

  private final RunSettings settings;

  DetectScenesFn(RunSettings settings) {
    this.settings = settings;
  }

  @ProcessElement
  public void process(@Element ProbedRecording probed, MultiOutputReceiver out) {
    try {
      MediaInfo media = probed.media();
      SceneAnalysis analysis =
          new RecordingSceneAnalyzer()
              .analyze(LocalMedia.of(probed.recording().uri()).toString(), media.width(), media.height(), settings.scene());
      checkComplete(analysis, media);
      RunMetrics.FRAMES_DECODED.inc(analysis.framesDecoded());
      RunMetrics.VIDEO_MILLIS.inc(Math.round(analysis.decodedSeconds() * 1000));
      out.get(DETECTED).output(KV.of(probed.id(), analysis));
    } catch (Exception e) {
      out.get(FAILED).output(StageFailure.of(probed.recording(), "scene detection", e));
    }
  }

  private static void checkComplete(SceneAnalysis analysis, MediaInfo media) throws UnusableRecordingException {
    if (analysis.framesDecoded() == 0) {
      throw new UnusableRecordingException("no video frame can be decoded (corrupt video stream)");
    }
    double expected = media.durationSeconds();
    if (expected > 2 && analysis.decodedSeconds() < expected * TRUNCATION_TOLERANCE - 1) {
      throw new UnusableRecordingException(
          String.format(
              "truncated or corrupt: the video stops at %.1f s of the %.1f s the file declares",
              analysis.decodedSeconds(), expected));
    }
  }
}

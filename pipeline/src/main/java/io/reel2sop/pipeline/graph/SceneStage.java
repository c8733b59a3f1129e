package io.reel2sop.pipeline.graph;

import io.reel2sop.media.UnusableRecordingException;
import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.TimeChunk;
import io.reel2sop.scene.RecordingSceneAnalyzer;
import io.reel2sop.scene.SceneSettings;
import io.reel2sop.storage.LocalMedia;
import java.io.IOException;

/** Scene detection of one chunk of a recording, and the check that its video decoded to the end. */
final class SceneStage {
  /** A decode that stops this much short of the container's duration means a damaged file. */
  private static final double TRUNCATION_TOLERANCE = 0.9;

  private final SceneSettings settings;

  SceneStage(SceneSettings settings) {
    this.settings = settings;
  }

  SceneAnalysis detect(ProbedRecording probed, TimeChunk chunk, double overlapSeconds) throws IOException {
    MediaInfo media = probed.media();
    return new RecordingSceneAnalyzer()
        .analyze(
            LocalMedia.of(probed.recording().uri()).toString(),
            media.width(),
            media.height(),
            settings,
            chunk,
            overlapSeconds);
  }

  /** Checks the analysis of the whole recording (all chunks stitched). */
  static void checkComplete(SceneAnalysis analysis, MediaInfo media) throws UnusableRecordingException {
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

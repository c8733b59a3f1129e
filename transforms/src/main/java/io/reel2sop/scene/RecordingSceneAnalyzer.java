package io.reel2sop.scene;

import io.reel2sop.media.ThumbnailDecoder;
import io.reel2sop.model.SceneAnalysis;
import java.io.IOException;

/** Decodes a recording into thumbnails and runs scene detection over them in one pass. */
public final class RecordingSceneAnalyzer {
  private final ThumbnailDecoder decoder = new ThumbnailDecoder();

  public SceneAnalysis analyze(String path, int videoWidth, int videoHeight, SceneSettings settings)
      throws IOException {
    SceneDetector detector = new SceneDetector(settings, videoWidth, videoHeight);
    decoder.decode(path, settings.thumbWidth(), detector::accept);
    return detector.finish();
  }
}

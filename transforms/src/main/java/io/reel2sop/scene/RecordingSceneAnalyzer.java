package io.reel2sop.scene;

import io.reel2sop.media.ThumbnailDecoder;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.TimeChunk;
import java.io.IOException;

/**
 * Decodes a recording, or one chunk of it, into thumbnails and runs scene detection over them in
 * one pass. A chunk starts {@code overlapSeconds} early, so the detector knows the frames before
 * its first cut, and runs on past its end until everything that began inside it has ended (a cut
 * settled, a burst of typing stopped): then the cuts and local changes that start inside it are
 * exactly those a whole-recording pass finds there.
 */
public final class RecordingSceneAnalyzer {
  private final ThumbnailDecoder decoder = new ThumbnailDecoder();

  public SceneAnalysis analyze(String path, int videoWidth, int videoHeight, SceneSettings settings)
      throws IOException {
    return analyze(path, videoWidth, videoHeight, settings, TimeChunk.whole(), 0);
  }

  public SceneAnalysis analyze(
      String path, int videoWidth, int videoHeight, SceneSettings settings, TimeChunk chunk, double overlapSeconds)
      throws IOException {
    SceneDetector detector = new SceneDetector(settings, videoWidth, videoHeight);
    double from = chunk.isFirst() ? 0 : Math.max(0, chunk.start() - overlapSeconds);
    double until = chunk.isLast() ? Double.POSITIVE_INFINITY : chunk.end() + overlapSeconds;
    long[] owned = {0};
    decoder.decode(
        path,
        settings.thumbWidth(),
        from,
        frame -> {
          if (frame.time() > until && !detector.busyBefore(chunk.end())) {
            return false;
          }
          detector.accept(frame);
          if (chunk.owns(frame.time())) {
            owned[0]++;
          }
          return true;
        });
    SceneAnalysis all = detector.finish();
    return new SceneAnalysis(
        all.cuts().stream().filter(c -> chunk.owns(c.time())).toList(),
        all.localChanges().stream().filter(c -> chunk.owns(c.start())).toList(),
        all.changes().stream().filter(c -> chunk.owns(c.start())).toList(),
        all.pointerRests().stream().filter(r -> chunk.owns(r.time())).toList(),
        owned[0],
        all.decodedSeconds());
  }
}

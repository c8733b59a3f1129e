package io.reel2sop.pipeline.config;

import io.reel2sop.align.AlignSettings;
import io.reel2sop.scene.SceneSettings;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What every stage needs to know about this run, resolved once from the options and shipped to the
 * workers. {@code localWorkers} is the DirectRunner's worker threads, 0 on a cluster runner.
 * {@link #settingsHash()} covers everything that changes a SOP's content (the chunk
 * length does not: a SOP is the same whatever it is; the recogniser window can change a word).
 */
public record RunSettings(
    String runId,
    String outputRoot,
    int totalRecordings,
    String modelDir,
    String modelCache,
    String modelName,
    String modelVersion,
    String language,
    SceneSettings scene,
    AlignSettings align,
    String runner,
    String version,
    ReprocessMode reprocess,
    double chunkSeconds,
    double chunkOverlapSeconds,
    double recogniserWindowSeconds,
    int localWorkers)
    implements Serializable {

  /**
   * Runs a recording's screenshots are split into. Screenshots are the one stage of a recording
   * after all its chunks are in, so on the DirectRunner there is a run per worker thread, and a
   * single long recording does not finish on one core; on a cluster a recording's shots are one run.
   */
  public int shotRuns() {
    return Math.max(1, localWorkers);
  }

  public Path modelCacheRoot() {
    return Path.of(modelCache);
  }

  public String settingsHash() {
    String canonical = String.join("\n", modelName, modelVersion, language,
        "recogniserWindowSeconds=" + recogniserWindowSeconds, scene.toString(), align.toString());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

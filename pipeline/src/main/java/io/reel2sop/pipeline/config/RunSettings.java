package io.reel2sop.pipeline.config;

import io.reel2sop.align.AlignSettings;
import io.reel2sop.redact.RedactionRules;
import io.reel2sop.scene.SceneSettings;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What every stage needs to know about this run, resolved once from the options and shipped to the
 * workers. {@code localWorkers} is the DirectRunner's worker threads, 0 on a cluster runner;
 * {@code clientProcess} is the {@link ProcessIdentity} of the process that started the run.
 * {@link #settingsHash()} covers everything that changes a SOP's content (the chunk length does
 * not: a SOP is the same whatever it is; the recogniser window can change a word). Redaction is in
 * it only when it is on, so turning it on makes every SOP out of date and a run without it keeps the
 * hash SOPs were made with before redaction existed.
 */
public record RunSettings(
    String runId,
    int totalRecordings,
    String modelDir,
    String modelCache,
    String modelName,
    String modelVersion,
    String language,
    SceneSettings scene,
    AlignSettings align,
    RedactionRules redaction,
    String runner,
    String version,
    ReprocessMode reprocess,
    double chunkSeconds,
    double chunkOverlapSeconds,
    double recogniserWindowSeconds,
    int localWorkers,
    String clientProcess)
    implements Serializable {

  static final String SCENE_PREFIX = "scene";
  static final String ALIGN_PREFIX = "align";

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

  /** The hash written into the SOPs this run makes. */
  public String settingsHash() {
    return SettingsHash.of(hashed());
  }

  /**
   * Every hash that means these settings: {@link #settingsHash()} and the one reel2sop 0.1.0 wrote,
   * which cannot mean them when redaction is on (0.1.0 had none).
   */
  public List<String> settingsHashes() {
    if (!redaction.isEmpty()) {
      return List.of(settingsHash());
    }
    return List.of(settingsHash(),
        SettingsHash.legacy(modelName, modelVersion, language, recogniserWindowSeconds, List.of(scene, align)));
  }

  /** The settings the hash covers, by the names users know them by. */
  TreeMap<String, String> hashed() {
    TreeMap<String, String> hashed = new TreeMap<>();
    hashed.put("model", modelName);
    hashed.put("modelVersion", modelVersion);
    hashed.put("language", language);
    hashed.put("recogniserWindowSeconds", TunableBinder.canonical(recogniserWindowSeconds));
    hashed.putAll(TunableBinder.values(scene, SCENE_PREFIX));
    hashed.putAll(TunableBinder.values(align, ALIGN_PREFIX));
    if (!redaction.isEmpty()) {
      hashed.put("redact", redaction.kinds().stream().map(Object::toString).collect(Collectors.joining(",")));
      hashed.put("redactWords", String.join(",", redaction.words()));
      hashed.put("redactPatterns", String.join(" ", redaction.patterns()));
    }
    return hashed;
  }
}

package io.reel2sop.pipeline.config;

import io.reel2sop.align.AlignSettings;
import io.reel2sop.redact.RedactionRules;
import io.reel2sop.scene.SceneSettings;
import io.reel2sop.speech.SpeechModel;
import io.reel2sop.speech.SpeechModelLocator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;

/** Resolves the options and tunables of one run into the {@link RunSettings} shipped to every stage. */
public final class RunSettingsFactory {
  private RunSettingsFactory() {}

  public static RunSettings from(
      Reel2SopOptions options, Map<String, String> tunables, int total, String runId, String version)
      throws IOException {
    String cache = options.getModelCache() == null || options.getModelCache().isBlank()
        ? SpeechModelLocator.defaultCacheRoot().toString()
        : Path.of(options.getModelCache()).toAbsolutePath().toString();
    String modelDir = options.getModel() == null || options.getModel().isBlank()
        ? null
        : Path.of(options.getModel()).toAbsolutePath().normalize().toString();
    String modelName = SpeechModelLocator.DEFAULT_NAME;
    String modelVersion = SpeechModelLocator.DEFAULT_VERSION;
    if (modelDir != null) {
      SpeechModel model = SpeechModelLocator.locate(modelDir, Path.of(cache));
      modelName = model.name();
      modelVersion = model.version();
    }
    return new RunSettings(
        runId,
        total,
        modelDir,
        cache,
        modelName,
        modelVersion,
        options.getLanguage(),
        TunableBinder.bind(SceneSettings.class, RunSettings.SCENE_PREFIX, tunables),
        TunableBinder.bind(AlignSettings.class, RunSettings.ALIGN_PREFIX, tunables),
        redaction(options, tunables),
        options.getRunner().getSimpleName(),
        version,
        options.getReprocess(),
        nonNegative("--chunkSeconds", options.getChunkSeconds()),
        nonNegative("--chunkOverlapSeconds", options.getChunkOverlapSeconds()),
        positive("--recogniserWindowSeconds", options.getRecogniserWindowSeconds()),
        localWorkers(options),
        ProcessIdentity.current());
  }

  private static RedactionRules redaction(Reel2SopOptions options, Map<String, String> tunables) {
    RedactTunables own = TunableBinder.bind(RedactTunables.class, RedactTunables.PREFIX, tunables);
    return RedactionRules.of(options.getRedact(), own.words(), own.patterns());
  }

  /** The DirectRunner's worker threads; 0 on a cluster runner, whose slots this run cannot know. */
  private static int localWorkers(Reel2SopOptions options) {
    return DirectRunner.class.isAssignableFrom(options.getRunner())
        ? Math.max(1, options.as(DirectOptions.class).getTargetParallelism())
        : 0;
  }

  private static double positive(String option, Double value) {
    if (value == null || !(value > 0) || value.isInfinite()) {
      throw new IllegalArgumentException(option + " must be a positive number of seconds, not " + value);
    }
    return value;
  }

  private static double nonNegative(String option, Double value) {
    if (value == null || !(value >= 0) || value.isInfinite()) {
      throw new IllegalArgumentException(option + " must be zero or a positive number of seconds, not " + value);
    }
    return value;
  }
}

package io.reel2sop.pipeline.config;

import io.reel2sop.align.AlignSettings;
import io.reel2sop.scene.SceneSettings;
import io.reel2sop.speech.SpeechModel;
import io.reel2sop.speech.SpeechModelLocator;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.beam.runners.direct.DirectOptions;

/** Resolves the options of one run into the {@link RunSettings} shipped to every stage. */
public final class RunSettingsFactory {
  static final String SCENE_PREFIX = "scene";
  static final String ALIGN_PREFIX = "align";

  private RunSettingsFactory() {}

  public static RunSettings from(Reel2SopOptions options, Path outputRoot, int total, String runId, String version)
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
        Locations.of(outputRoot),
        total,
        modelDir,
        cache,
        modelName,
        modelVersion,
        options.getLanguage(),
        OptionsBinder.bind(SceneSettings.class, SCENE_PREFIX, options),
        OptionsBinder.bind(AlignSettings.class, ALIGN_PREFIX, options),
        options.getRunner().getSimpleName(),
        version,
        ReprocessMode.parse(options.getReprocess()),
        nonNegative("--chunkSeconds", options.getChunkSeconds()),
        nonNegative("--chunkOverlapSeconds", options.getChunkOverlapSeconds()),
        positive("--recogniserWindowSeconds", options.getRecogniserWindowSeconds()),
        localWorkers(options));
  }

  /** The DirectRunner's worker threads; 0 on a cluster runner, whose slots this run cannot know. */
  private static int localWorkers(Reel2SopOptions options) {
    return options.getRunner().getSimpleName().equals("DirectRunner")
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

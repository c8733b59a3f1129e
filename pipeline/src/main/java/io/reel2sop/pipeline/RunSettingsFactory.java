package io.reel2sop.pipeline;

import io.reel2sop.align.AlignSettings;
import io.reel2sop.scene.SceneSettings;
import io.reel2sop.speech.SpeechModel;
import io.reel2sop.speech.SpeechModelLocator;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.file.Path;

/** Resolves the options of one run into the {@link RunSettings} shipped to every stage. */
final class RunSettingsFactory {
  static final String SCENE_PREFIX = "scene";
  static final String ALIGN_PREFIX = "align";

  private RunSettingsFactory() {}

  static RunSettings from(Reel2SopOptions options, Path outputRoot, int total, String runId, String version)
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
        ReprocessMode.parse(options.getReprocess()));
  }
}

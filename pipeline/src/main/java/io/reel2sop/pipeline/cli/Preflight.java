package io.reel2sop.pipeline.cli;

import io.reel2sop.environment.BrokenEnvironmentException;
import io.reel2sop.media.FFmpegLibraries;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.speech.LoadedModels;
import io.reel2sop.speech.SpeechModelLocator;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * What every recording needs from the machine, checked once before the batch starts: FFmpeg's
 * libraries, the speech recogniser and its model, and an output that takes files. A failure here
 * is a {@link BrokenEnvironmentException}, which stops the run with one line instead of failing
 * each recording for the same reason (and remembering those failures as the files' fault).
 */
final class Preflight {
  private static final String PROBE_FILE = ".reel2sop/preflight-";

  private Preflight() {}

  /** The libraries and the model every worker loads. */
  static void checkLibraries(RunSettings settings) throws IOException {
    FFmpegLibraries.load();
    LoadedModels.get(SpeechModelLocator.locate(settings.modelDir(), settings.modelCacheRoot()).directory());
  }

  /** Creates the output folder if needed, and writes and removes a small file there. */
  static void checkOutput(Path outputRoot) {
    Path probe = outputRoot.resolve(PROBE_FILE + UUID.randomUUID());
    try {
      if (Locations.isLocal(outputRoot)) {
        Files.createDirectories(probe.getParent());
      }
      Files.write(probe, new byte[] {'o', 'k'});
      Files.delete(probe);
    } catch (IOException | RuntimeException e) {
      throw new BrokenEnvironmentException("the output " + Locations.of(outputRoot) + " cannot be written ("
          + BrokenEnvironmentException.rootMessage(e) + "); choose a folder or bucket you can write to with --output",
          e);
    }
  }
}

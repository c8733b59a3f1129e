package io.reel2sop.pipeline.cli;

import io.reel2sop.environment.BrokenEnvironmentException;
import io.reel2sop.media.FFmpegLibraries;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.speech.LoadedModels;
import io.reel2sop.speech.SpeechModelLocator;
import java.io.IOException;

/**
 * What every recording needs from the machine, checked once before the batch starts: FFmpeg's
 * libraries, the speech recogniser and its model, Tesseract and its model, and an output that
 * takes files. A failure here
 * is a {@link BrokenEnvironmentException}, which stops the run with one line instead of failing
 * each recording for the same reason (and remembering those failures as the files' fault).
 */
final class Preflight {
  private Preflight() {}

  /** The libraries and the models every worker loads: FFmpeg, Vosk and its model, Tesseract. */
  static void checkLibraries(RunSettings settings) throws IOException {
    FFmpegLibraries.load();
    LoadedModels.get(SpeechModelLocator.locate(settings.modelDir(), settings.modelCacheRoot()).directory());
    OcrEngine.open().close();
  }

  /** An output that takes a file. */
  static void checkOutput(SopStore store) {
    try {
      store.checkWritable();
    } catch (IOException | RuntimeException e) {
      throw new BrokenEnvironmentException("the output " + store.location() + " cannot be written ("
          + BrokenEnvironmentException.rootMessage(e) + "); choose a folder or bucket you can write to with --output",
          e);
    }
  }
}

package io.reel2sop.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * One loaded Vosk model per folder per JVM, shared by every thread and every DoFn instance: a model
 * takes seconds and hundreds of MB to load, and Vosk models are safe to share between recognisers.
 * Models live as long as the worker process.
 */
public final class LoadedModels {
  private static final Map<Path, Model> MODELS = new ConcurrentHashMap<>();

  private LoadedModels() {}

  public static Model get(Path directory) throws IOException {
    try {
      return MODELS.computeIfAbsent(directory.toAbsolutePath().normalize(), LoadedModels::load);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Model load(Path directory) {
    LibVosk.setLogLevel(LogLevel.WARNINGS);
    try {
      return new Model(directory.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot load the Vosk model in " + directory, e));
    }
  }
}

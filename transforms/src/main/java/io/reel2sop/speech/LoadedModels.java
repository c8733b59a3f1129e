package io.reel2sop.speech;

import io.reel2sop.environment.BrokenEnvironmentException;
import java.io.IOException;
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

  /**
   * The model in {@code directory}, loaded on first use. A model that cannot be loaded, or a Vosk
   * library that cannot, is a {@link BrokenEnvironmentException}: no recording could be
   * transcribed.
   */
  public static Model get(Path directory) {
    return MODELS.computeIfAbsent(directory.toAbsolutePath().normalize(), LoadedModels::load);
  }

  private static Model load(Path directory) {
    try {
      LibVosk.setLogLevel(LogLevel.WARNINGS);
    } catch (LinkageError e) {
      throw new BrokenEnvironmentException("the Vosk speech recogniser's native library cannot be loaded ("
          + BrokenEnvironmentException.rootMessage(e) + "); reel2sop.jar carries it for 64-bit Linux "
          + "(x86_64, glibc): run it there, or rebuild the jar with REEL2SOP_REBUILD=1 ./reel2sop", e);
    }
    try {
      return new Model(directory.toString());
    } catch (IOException e) {
      throw new BrokenEnvironmentException("the speech model in " + directory + " cannot be loaded ("
          + BrokenEnvironmentException.rootMessage(e) + "); delete that folder to have the bundled model "
          + "unpacked again, or name a whole Vosk model folder with --model", e);
    }
  }
}

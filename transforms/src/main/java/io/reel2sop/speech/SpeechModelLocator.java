package io.reel2sop.speech;

import io.reel2sop.environment.BrokenEnvironmentException;
import io.reel2sop.files.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds the Vosk model to use. The default is the small US-English model that Maven Central ships as
 * {@code com.alphacephei:vosk-model-en} (an Android archive bundled in our jar): on first use it is
 * unpacked into a cache folder, under a temporary name and then moved into place, so concurrent
 * workers and interrupted runs never see half a model.
 */
public final class SpeechModelLocator {
  public static final String DEFAULT_NAME = "vosk-model-en";
  public static final String DEFAULT_VERSION = "0.3.45";
  /** The bundled model is unpacked with one change to its configuration: see {@link #withoutDither}. */
  private static final String UNPACKED_SUFFIX = "-nodither";
  private static final String BUNDLED_ARCHIVE = "/io/reel2sop/speech/vosk-model-en.aar";
  private static final String ARCHIVE_PREFIX = "assets/model-en-us/";

  private SpeechModelLocator() {}

  /** {@code modelDir} may be null or empty for the bundled default. */
  public static SpeechModel locate(String modelDir, Path cacheRoot) throws IOException {
    if (modelDir == null || modelDir.isBlank()) {
      return new SpeechModel(DEFAULT_NAME, DEFAULT_VERSION, unpackDefault(cacheRoot));
    }
    Path dir = Path.of(modelDir).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("am")) && !Files.isDirectory(dir.resolve("graph"))) {
      throw new IOException("--model " + modelDir + " is not a Vosk model folder (no am/ or graph/ inside)");
    }
    return new SpeechModel(dir.getFileName().toString(), versionOf(dir), dir);
  }

  public static Path defaultCacheRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("reel2sop");
  }

  /** A model's {@code uuid} file names its exact build; otherwise the folder's size stands in. */
  private static String versionOf(Path dir) throws IOException {
    Path uuid = dir.resolve("uuid");
    if (Files.isRegularFile(uuid)) {
      return Files.readString(uuid, StandardCharsets.UTF_8).trim();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      return "size-" + bytes;
    }
  }

  /**
   * The bundled model, unpacked on first use. A cache folder that cannot be written, or a jar
   * without the model, is a {@link BrokenEnvironmentException}.
   */
  private static synchronized Path unpackDefault(Path cacheRoot) {
    Path target = cacheRoot.resolve("models").resolve(DEFAULT_NAME + "-" + DEFAULT_VERSION + UNPACKED_SUFFIX);
    if (Files.isRegularFile(target.resolve("am/final.mdl"))) {
      return target;
    }
    try {
      return unpackInto(target);
    } catch (IOException e) {
      throw new BrokenEnvironmentException("the bundled speech model cannot be unpacked into " + target.getParent()
          + " (" + BrokenEnvironmentException.rootMessage(e) + "); make that folder writable or choose "
          + "another with --modelCache", e);
    }
  }

  private static Path unpackInto(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempDirectory(target.getParent(), ".unpacking-");
    try (InputStream raw = SpeechModelLocator.class.getResourceAsStream(BUNDLED_ARCHIVE)) {
      if (raw == null) {
        throw new IOException("the bundled speech model is missing from the jar (" + BUNDLED_ARCHIVE + ")");
      }
      unzipModel(raw, temp);
      withoutDither(temp);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
      // Another worker finished first; its copy is as good as ours.
      if (!Files.isRegularFile(target.resolve("am/final.mdl"))) {
        throw e;
      }
    } finally {
      FileTrees.delete(temp);
    }
    return target;
  }

  /**
   * Kaldi adds random noise ("dither") to the audio before its features, seeded from process-wide
   * state, so the same recording gave different words from run to run. {@link SeededDither} adds
   * the same noise from a fixed seed instead, so a SOP is reproducible on every runner and rerun.
   */
  private static void withoutDither(Path model) throws IOException {
    Path mfcc = model.resolve("conf/mfcc.conf");
    if (Files.isRegularFile(mfcc)) {
      Files.writeString(mfcc, "--dither=0.0\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
  }

  private static void unzipModel(InputStream raw, Path into) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(raw)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (!entry.getName().startsWith(ARCHIVE_PREFIX) || entry.isDirectory()) {
          continue;
        }
        Path out = into.resolve(entry.getName().substring(ARCHIVE_PREFIX.length())).normalize();
        if (!out.startsWith(into)) {
          throw new IOException("unsafe path in the model archive: " + entry.getName());
        }
        Files.createDirectories(out.getParent());
        Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

}

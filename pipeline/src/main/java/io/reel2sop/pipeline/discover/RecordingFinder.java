package io.reel2sop.pipeline.discover;

import io.reel2sop.model.Recording;
import io.reel2sop.sidecar.SidecarTranscript;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands {@code --input} (a file, a folder searched recursively, a glob, or a {@link Manifest}) into recordings. A
 * folder contributes files with a video extension, and the others it holds are {@link PassedOver}
 * with their reason (a transcript beside its recording is not mentioned: it goes with it); a glob
 * or a single file is taken as the user named it, so a wrongly named file still gets a clear error
 * instead of silence.
 */
public final class RecordingFinder {
  static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "mov", "mkv", "webm", "avi", "flv", "f4v",
      "wmv", "asf", "mpg", "mpeg", "ts", "mts", "m2ts", "3gp", "ogv");
  private static final Set<String> SIDECAR_EXTENSIONS = Set.of("vtt", "srt");

  private final boolean useSidecars;

  public RecordingFinder(boolean useSidecars) {
    this.useSidecars = useSidecars;
  }

  /** What {@code --input} holds: its recordings, and the files beside them that are not. */
  public record Discovery(List<Recording> recordings, List<PassedOver> passedOver) {
    static Discovery of(List<Recording> recordings) {
      return new Discovery(recordings, List.of());
    }
  }

  public Discovery find(String input, Path outputRoot) throws IOException {
    if (isGlob(input)) {
      return Discovery.of(fromGlob(input));
    }
    Path path = absolute(input);
    if (Files.isDirectory(path)) {
      return fromFolder(path, outputRoot.toAbsolutePath().normalize());
    }
    if (Manifest.isManifest(path) && Files.isRegularFile(path)) {
      return Discovery.of(fromManifest(path));
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return Discovery.of(new RecordingIds(path.getParent()).assign(List.of(path), this::sidecarFor));
    }
    throw new IOException("--input " + input + ": no such file, folder or matching glob");
  }

  private Discovery fromFolder(Path root, Path outputRoot) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(p -> !p.startsWith(outputRoot) || outputRoot.equals(root))
              .filter(p -> !isHidden(root.relativize(p)))
              .filter(p -> !Files.isDirectory(p))
              .sorted()
              .toList();
    }
    List<Path> videos = files.stream().filter(p -> VIDEO_EXTENSIONS.contains(extension(p))).toList();
    Set<Path> videoNames = videos.stream().map(RecordingFinder::withoutExtension).collect(Collectors.toSet());
    List<PassedOver> passedOver = new ArrayList<>();
    for (Path file : files) {
      if (VIDEO_EXTENSIONS.contains(extension(file))) {
        continue;
      }
      if (SIDECAR_EXTENSIONS.contains(extension(file))) {
        if (!videoNames.contains(withoutExtension(file))) {
          passedOver.add(PassedOver.loneTranscript(file));
        }
        continue;
      }
      passedOver.add(PassedOver.of(file));
    }
    return new Discovery(new RecordingIds(root).assign(videos, this::sidecarFor), passedOver);
  }

  private static Path withoutExtension(Path file) {
    return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
  }

  private List<Recording> fromManifest(Path manifest) throws IOException {
    List<Manifest.Entry> entries = Manifest.read(manifest);
    List<Recording> recordings =
        new RecordingIds(manifest.getParent()).assign(entries.stream().map(Manifest.Entry::file).toList(), this::sidecarFor);
    List<Recording> described = new ArrayList<>();
    for (int i = 0; i < recordings.size(); i++) {
      described.add(recordings.get(i).withMetadata(entries.get(i).metadata()));
    }
    return described;
  }

  private List<Recording> fromGlob(String glob) throws IOException {
    int lastSlash = glob.lastIndexOf('/', firstWildcard(glob));
    Path base = absolute(lastSlash < 0 ? "." : glob.substring(0, lastSlash + 1));
    String pattern =
        Locations.isBucket(glob)
            ? glob.substring(glob.indexOf('/', "gs://".length()))
            : Path.of(glob).toAbsolutePath().normalize().toString();
    PathMatcher matcher = base.getFileSystem().getPathMatcher("glob:" + pattern);
    if (!Files.isDirectory(base)) {
      throw new IOException("--input " + glob + ": folder " + Locations.of(base) + " does not exist");
    }
    List<Path> matched = new ArrayList<>();
    try (Stream<Path> files = Files.walk(base)) {
      files
          .filter(p -> !Files.isDirectory(p))
          .filter(matcher::matches)
          .filter(p -> !SIDECAR_EXTENSIONS.contains(extension(p)))
          .sorted()
          .forEach(matched::add);
    }
    return new RecordingIds(base).assign(matched, this::sidecarFor);
  }

  /** A local path made absolute, or a bucket location as it is. */
  public static Path absolute(String location) {
    return Locations.isBucket(location)
        ? Locations.path(location)
        : Path.of(location).toAbsolutePath().normalize();
  }

  private Optional<Path> sidecarFor(Path recording) {
    return useSidecars ? SidecarTranscript.findNextTo(recording) : Optional.empty();
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("*?[{".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  public static boolean isGlob(String s) {
    return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}

package io.reel2sop.sidecar;

import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A timed transcript supplied next to a recording as WebVTT ({@code .vtt}) or SubRip ({@code
 * .srt}), used instead of speech recognition. Each cue becomes one utterance.
 */
public final class SidecarTranscript {

  public static final String SOURCE = "sidecar";
  /** When the file does not say ({@code Language:} in a WebVTT header). */
  public static final String DEFAULT_LANGUAGE = "en";

  private static final List<String> EXTENSIONS = List.of("vtt", "srt");

  private SidecarTranscript() {}

  /**
   * @throws SidecarFormatException if the file is not valid for its format (names file and line)
   * @throws IOException if the file cannot be read or its extension is neither .vtt nor .srt
   */
  public static Transcript read(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    String name = file.toString();
    SidecarCues parsed =
        switch (extension(file)) {
          case "vtt" -> WebVttParser.parse(text, name);
          case "srt" -> SubRipParser.parse(text, name);
          default -> throw new IOException(name + ": not a .vtt or .srt transcript");
        };
    List<Utterance> utterances = new ArrayList<>();
    for (Cue cue : parsed.cues()) {
      List<Word> words = CueWords.spread(cue.text(), cue.start(), cue.end());
      if (!words.isEmpty()) {
        utterances.add(new Utterance(cue.text(), cue.start(), cue.end(), words));
      }
    }
    utterances.sort(Comparator.comparingDouble(Utterance::start));
    String language = parsed.language() == null ? DEFAULT_LANGUAGE : parsed.language();
    return new Transcript(language, SOURCE, utterances);
  }

  /**
   * The sidecar of a recording: a regular file with the same base name and extension {@code .vtt},
   * else {@code .srt} (lower case first, then upper case), e.g. {@code demo.mp4 -> demo.vtt}.
   */
  public static Optional<Path> findNextTo(Path recording) {
    String fileName = recording.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    for (String extension : EXTENSIONS) {
      for (String spelled : List.of(extension, extension.toUpperCase(Locale.ROOT))) {
        Path candidate = recording.resolveSibling(base + "." + spelled);
        if (!candidate.equals(recording) && Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}

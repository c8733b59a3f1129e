package io.reel2sop.pipeline.discover;

import io.reel2sop.storage.Locations;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file found in an input folder that is not a recording, with the reason it was not made into a
 * SOP: nothing a user put there goes unmentioned (it is listed in {@code report.json}).
 */
public record PassedOver(String uri, String reason) implements Serializable {
  static final Set<String> AUDIO_EXTENSIONS =
      Set.of("m4a", "mp3", "wav", "aac", "flac", "ogg", "oga", "opus", "wma", "aif", "aiff", "amr", "caf");
  static final String AUDIO_ONLY = "audio only: a SOP is made from a screen recording (a video)";
  static final String LONE_TRANSCRIPT = "a transcript with no recording of the same name beside it";

  static PassedOver audio(Path file) {
    return new PassedOver(Locations.of(file), AUDIO_ONLY + " (." + RecordingFinder.extension(file) + ")");
  }

  static PassedOver loneTranscript(Path file) {
    return new PassedOver(Locations.of(file), LONE_TRANSCRIPT);
  }

  static PassedOver other(Path file) {
    String extension = RecordingFinder.extension(file);
    return new PassedOver(Locations.of(file),
        "not a recording (" + (extension.isEmpty() ? "no file extension" : "." + extension + " file") + ")");
  }

  /** For a file the finder did not take: why. */
  static PassedOver of(Path file) {
    return AUDIO_EXTENSIONS.contains(RecordingFinder.extension(file)) ? audio(file) : other(file);
  }

  /**
   * One console line for any number of them: "Passed over 3 files that are not recordings (2 audio
   * only, 1 other): a.m4a, b.mp3, notes.txt; report.json lists each with its reason".
   */
  public static String summary(List<PassedOver> passed) {
    long audio = passed.stream().filter(p -> p.reason().startsWith(AUDIO_ONLY)).count();
    long transcripts = passed.stream().filter(p -> p.reason().equals(LONE_TRANSCRIPT)).count();
    long other = passed.size() - audio - transcripts;
    StringBuilder kinds = new StringBuilder();
    append(kinds, audio, "audio only");
    append(kinds, transcripts, transcripts == 1 ? "transcript without its recording" : "transcripts without their recordings");
    append(kinds, other, "other");
    int shown = 5;
    String names = passed.stream().limit(shown)
        .map(p -> Path.of(p.uri().replaceFirst("^gs://", "/")).getFileName().toString())
        .collect(Collectors.joining(", "));
    return String.format("Passed over %d file%s that %s not recordings (%s): %s%s; report.json lists each with its reason",
        passed.size(), passed.size() == 1 ? "" : "s", passed.size() == 1 ? "is" : "are", kinds,
        names, passed.size() > shown ? ", …" : "");
  }

  private static void append(StringBuilder kinds, long count, String kind) {
    if (count > 0) {
      kinds.append(kinds.length() == 0 ? "" : ", ").append(count).append(' ').append(kind);
    }
  }
}

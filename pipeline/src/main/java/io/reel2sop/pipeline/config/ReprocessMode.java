package io.reel2sop.pipeline.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which recordings a run redoes ({@code --reprocess}), written in lower case on the command line.
 * Beam reads an option's value with Jackson, so {@link #parse} is its creator.
 */
public enum ReprocessMode {
  /** Only recordings without an up-to-date SOP; a failure is not retried while nothing changed. */
  STALE,
  /** As {@link #STALE}, and retry every recording that failed before. */
  FAILED,
  /** Everything, up to date or not. */
  ALL;

  @JsonCreator
  public static ReprocessMode parse(String value) {
    for (ReprocessMode mode : values()) {
      if (mode.toString().equalsIgnoreCase(value.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException("--reprocess=" + value + ": expected "
        + Arrays.stream(values()).map(ReprocessMode::toString).collect(Collectors.joining("|")));
  }

  @JsonValue
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

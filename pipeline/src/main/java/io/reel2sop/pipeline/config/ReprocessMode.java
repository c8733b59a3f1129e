package io.reel2sop.pipeline.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which recordings a run redoes ({@code --reprocess}). */
public enum ReprocessMode {
  /** Only recordings without an up-to-date SOP; a failure is not retried while nothing changed. */
  STALE,
  /** As {@link #STALE}, and retry every recording that failed before. */
  FAILED,
  /** Everything, up to date or not. */
  ALL;

  static ReprocessMode parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      String allowed = Arrays.stream(values()).map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
      throw new IllegalArgumentException("--reprocess=" + value + ": expected " + allowed);
    }
  }
}

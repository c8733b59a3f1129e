package io.reel2sop.pipeline.config;

/**
 * The redaction tunables: {@code redactWords} (words or phrases separated by commas) and
 * {@code redactPatterns} (regular expressions separated by white space), both empty by default.
 */
record RedactTunables(String words, String patterns) {
  static final String PREFIX = "redact";
}

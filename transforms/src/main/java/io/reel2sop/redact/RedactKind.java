package io.reel2sop.redact;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kinds of secret {@code --redact} names, each as the pattern that finds it in a line of text.
 * The patterns err on the side of covering too much: a screenshot with a date blacked out is a
 * smaller harm than one that shows a customer's phone number.
 */
public enum RedactKind {
  /**
   * {@code jane.doe+crm@example.co.uk}, and what is left of one cut off by the edge of a window or
   * field ({@code jane.doe@exam}).
   */
  EMAILS("[\\p{L}\\p{N}._%+-]+@(?:[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*)?"),
  /**
   * {@code +1 (555) 201-7788}, {@code 555-201-7788}, {@code +44 20 7946 0958}: an optional country
   * code, an area code of 2 to 4 digits (in brackets or followed by a separator), then 6 to 8 digits
   * in one or two groups. A date ({@code 2026-12-03}) or a time is no phone number.
   */
  PHONES("(?<![\\p{L}\\p{N}])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)[\\s.-]?|\\d{2,4}[\\s.-])\\d{3,4}[\\s.-]?\\d{3,4}(?![\\p{L}\\p{N}])"),
  /** A card-like number: 13 to 19 digits, in groups separated by single spaces or hyphens, or none. */
  CARDS("(?<![\\p{L}\\p{N}])\\d(?:[ -]?\\d){12,18}(?![\\p{L}\\p{N}])");

  private final String regex;

  RedactKind(String regex) {
    this.regex = regex;
  }

  Pattern pattern() {
    return Pattern.compile(regex);
  }

  /** As written on the command line: {@code emails}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One kind by its name, in any case. */
  public static RedactKind parse(String name) {
    for (RedactKind kind : values()) {
      if (kind.toString().equalsIgnoreCase(name.strip())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("--redact=" + name + ": expected a list of "
        + Arrays.stream(values()).map(RedactKind::toString).collect(Collectors.joining(",")) + " (or none)");
  }
}

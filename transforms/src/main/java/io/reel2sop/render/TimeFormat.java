package io.reel2sop.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where recording times (seconds as doubles) become text and back: {@code m:ss} for
 * people, {@code HH:MM:SS.mmm} for subtitle files (WebVTT; SubRip with a comma is parsed too).
 */
public final class TimeFormat {

  private static final Pattern CLOCK =
      Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,9}))?");

  private TimeFormat() {}

  /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}: whole seconds, rounded down. */
  public static String minutesSeconds(double seconds) {
    long total = (long) Math.floor(nonNegative(seconds));
    long hours = total / 3600;
    long minutes = (total / 60) % 60;
    long secs = total % 60;
    if (hours > 0) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs);
    }
    return String.format(Locale.ROOT, "%d:%02d", minutes, secs);
  }

  /** {@code 0:12–0:18} (en dash), or a single time when both ends show the same second. */
  public static String range(double start, double end) {
    String from = minutesSeconds(start);
    String to = minutesSeconds(end);
    return from.equals(to) ? from : from + "–" + to;
  }

  /** {@code HH:MM:SS.mmm}, rounded to the nearest millisecond. */
  public static String clock(double seconds) {
    long millis = Math.round(nonNegative(seconds) * 1000.0);
    return String.format(
        Locale.ROOT,
        "%02d:%02d:%02d.%03d",
        millis / 3_600_000,
        (millis / 60_000) % 60,
        (millis / 1000) % 60,
        millis % 1000);
  }

  /**
   * Parses {@code [H+:]MM:SS[.mmm]}, with {@code ,} accepted in place of {@code .} (SubRip) and any
   * number of fraction digits. Minutes and seconds must be below 60.
   *
   * @throws IllegalArgumentException if the text is not such a time
   */
  public static double parseClock(String text) {
    Matcher m = CLOCK.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a time (HH:MM:SS.mmm): '" + text + "'");
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    int secs = Integer.parseInt(m.group(3));
    if (minutes >= 60 || secs >= 60) {
      throw new IllegalArgumentException("minutes and seconds must be below 60: '" + text + "'");
    }
    double fraction = m.group(4) == null ? 0 : Double.parseDouble("0." + m.group(4));
    return hours * 3600.0 + minutes * 60.0 + secs + fraction;
  }

  private static double nonNegative(double seconds) {
    if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("not a finite time: " + seconds);
    }
    return Math.max(0, seconds);
  }
}

package io.reel2sop.sidecar;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue text as plain words: markup removed (WebVTT {@code <v Roger>}, {@code <b>}, {@code <c.red>},
 * inline timestamps {@code <00:00:01.000>}; SubRip {@code <i>}, {@code <font ...>} and
 * {@code {\an8}} overrides), character references decoded, lines and runs of spaces joined into
 * single spaces. Punctuation is kept.
 */
final class CueText {

  private static final Pattern TAG = Pattern.compile("<[^<>]*>");
  private static final Pattern OVERRIDE = Pattern.compile("\\{\\\\[^{}]*}");
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));");
  private static final Map<String, String> NAMED =
      Map.of(
          "amp", "&",
          "lt", "<",
          "gt", ">",
          "quot", "\"",
          "apos", "'",
          "nbsp", " ",
          "lrm", "",
          "rlm", "");

  private CueText() {}

  static String clean(String raw) {
    String withoutMarkup = OVERRIDE.matcher(TAG.matcher(raw).replaceAll("")).replaceAll("");
    return decodeReferences(withoutMarkup).replaceAll("\\s+", " ").strip();
  }

  /** Unknown names and invalid code points are left as they were written. */
  private static String decodeReferences(String text) {
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String replacement = m.group();
      if (m.group(3) != null) {
        replacement = NAMED.getOrDefault(m.group(3), replacement);
      } else {
        int codePoint =
            m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        if (Character.isValidCodePoint(codePoint) && codePoint != 0) {
          replacement = Character.toString(codePoint);
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}

package io.reel2sop.render;

/**
 * Escaping of user text for markup that must also be well-formed XML (the polyglot HTML page) and
 * for WebVTT cue text, which uses the same three entities. Characters XML cannot carry at all
 * (control characters other than tab and newline, unpaired surrogates) are dropped.
 */
public final class MarkupText {

  private MarkupText() {}

  /** For element content: {@code & < >} become entities. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /** For a double- or single-quoted attribute value: also the quotes. */
  public static String escapeAttribute(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean quotes) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(quotes ? "&quot;" : "\"");
                case '\'' -> out.append(quotes ? "&#39;" : "'");
                default -> {
                  if (allowedInXml(c)) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  static boolean allowedInXml(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}

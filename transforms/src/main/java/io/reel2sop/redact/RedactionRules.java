package io.reel2sop.redact;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a run redacts: kinds of secret ({@code --redact=emails,phones,cards}), words (whole words,
 * any case) and regular expressions. Finds where they occur in a text and masks them there.
 */
public final class RedactionRules implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What every redacted text reads instead, in every output. */
  public static final String MASK = "[redacted]";

  public static final RedactionRules NONE = new RedactionRules(List.of(), List.of(), List.of());

  private final List<RedactKind> kinds;
  private final List<String> words;
  private final List<String> patterns;
  private transient List<Pattern> compiled;

  /** A part of a text that is to be redacted: characters {@code [start, end)}. */
  public record Span(int start, int end) {}

  private RedactionRules(List<RedactKind> kinds, List<String> words, List<String> patterns) {
    this.kinds = List.copyOf(kinds);
    this.words = List.copyOf(words);
    this.patterns = List.copyOf(patterns);
    this.compiled = compile();
  }

  /**
   * From their written forms: {@code kinds} separated by commas ({@code none} or empty: none),
   * {@code words} separated by commas (a word may hold spaces: "Project Falcon"), {@code patterns}
   * separated by white space (write a space inside a pattern as {@code \s}).
   *
   * @throws IllegalArgumentException naming a kind or pattern that is not one
   */
  public static RedactionRules of(String kinds, String words, String patterns) {
    List<RedactKind> parsedKinds = split(kinds, ",").stream()
        .filter(k -> !k.equalsIgnoreCase("none"))
        .map(RedactKind::parse)
        .distinct()
        .sorted()
        .toList();
    return new RedactionRules(parsedKinds, split(words, ","), split(patterns, "\\s+"));
  }

  private static List<String> split(String text, String separator) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private List<Pattern> compile() {
    List<Pattern> all = new ArrayList<>();
    kinds.forEach(k -> all.add(k.pattern()));
    for (String word : words) {
      all.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    for (String pattern : patterns) {
      try {
        all.add(Pattern.compile(pattern));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "redactPatterns: '" + pattern + "' is not a regular expression: " + e.getDescription(), e);
      }
    }
    return List.copyOf(all);
  }

  private Object readResolve() {
    return new RedactionRules(kinds, words, patterns);
  }

  public boolean isEmpty() {
    return kinds.isEmpty() && words.isEmpty() && patterns.isEmpty();
  }

  public List<RedactKind> kinds() {
    return kinds;
  }

  public List<String> words() {
    return words;
  }

  public List<String> patterns() {
    return patterns;
  }

  /** Where {@code text} is to be redacted, in order, overlapping and touching matches merged. */
  public List<Span> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Span> found = new ArrayList<>();
    for (Pattern pattern : compiled) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          found.add(new Span(m.start(), m.end()));
        }
      }
    }
    found.sort(Comparator.comparingInt(Span::start));
    List<Span> merged = new ArrayList<>();
    for (Span span : found) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span.start() <= last.end()) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /** {@code text} with each redacted part replaced by {@link #MASK}; null stays null. */
  public String mask(String text) {
    List<Span> spans = find(text);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text.length());
    int at = 0;
    for (Span span : spans) {
      masked.append(text, at, span.start()).append(MASK);
      at = span.end();
    }
    return masked.append(text.substring(at)).toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RedactionRules r && kinds.equals(r.kinds) && words.equals(r.words)
        && patterns.equals(r.patterns);
  }

  @Override
  public int hashCode() {
    return kinds.hashCode() * 31 * 31 + words.hashCode() * 31 + patterns.hashCode();
  }

  @Override
  public String toString() {
    return "RedactionRules[kinds=" + kinds + ", words=" + words + ", patterns=" + patterns + "]";
  }
}

package io.reel2sop.redact;

import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.ocr.OcrWord;
import io.reel2sop.ocr.TextLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Where redacted text is on a screen, from the words read there. A secret is often read as several
 * words (a phone number's groups, a card number's blocks, an address split at a dot), so the rules
 * are matched over the text of each line of words, with and without the spaces between them, and a
 * match covers every word it touches, whole.
 */
public final class ScreenMatches {
  private ScreenMatches() {}

  /** The boxes to cover: for each match, the union of the boxes of the words it touches. */
  public static List<Region> find(List<OcrWord> words, RedactionRules rules) {
    List<Region> boxes = new ArrayList<>();
    if (rules.isEmpty()) {
      return boxes;
    }
    for (OcrLabel line : TextLines.group(words)) {
      List<String> asRead = line.words().stream().map(w -> digitsAsRead(w.text())).toList();
      List<String> caretless = line.words().stream().map(w -> digitsAsRead(withoutCaret(w.text()))).toList();
      for (List<String> texts : asRead.equals(caretless) ? List.of(asRead) : List.of(asRead, caretless)) {
        // OCR splits words at dots and @ ("jane.doe@example. com"): the line is also matched run together
        for (JoinedWords joined : List.of(new JoinedWords(texts, " "), new JoinedWords(texts, ""))) {
          for (RedactionRules.Span span : rules.find(joined.text())) {
            Region box = line.words().get(joined.first(span)).box();
            for (int i = joined.first(span) + 1; i <= joined.last(span); i++) {
              box = box.union(line.words().get(i).box());
            }
            boxes.add(box);
          }
        }
      }
    }
    return boxes;
  }

  /**
   * The word without a last character that may be a text field's caret: the caret stands right
   * after the text just typed, and OCR reads it as part of the last word ("7788]", "doe.com|"), which
   * makes a number one digit too long for its pattern. The word is still covered whole.
   */
  static String withoutCaret(String word) {
    if (word.length() < 2) {
      return word;
    }
    char last = word.charAt(word.length() - 1);
    boolean caret = "|[]!".indexOf(last) >= 0
        || ("lI".indexOf(last) >= 0 && Character.isDigit(word.charAt(word.length() - 2)));
    return caret ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * A word that is mostly digits with the letters OCR confuses with digits read as those digits
   * ("4111 111] l111" is a card number); other words as they are. The length stays the same.
   */
  static String digitsAsRead(String word) {
    long digits = word.chars().filter(Character::isDigit).count();
    if (digits * 2 < word.length()) {
      return word;
    }
    StringBuilder read = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      read.append(switch (c) {
        case 'l', 'I', '|', ']', '[', '!', 'i' -> '1';
        case 'O', 'o', 'D', 'Q' -> '0';
        case 'S', 's' -> '5';
        case 'B' -> '8';
        case 'Z', 'z' -> '2';
        default -> c;
      });
    }
    return read.toString();
  }
}

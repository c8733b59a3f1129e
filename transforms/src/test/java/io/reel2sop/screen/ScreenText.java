package io.reel2sop.screen;

import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.ocr.OcrWord;
import java.util.ArrayList;
import java.util.List;

/** Text read from a 1920x1080 screen, built for tests: labels whose words share its box by their length. */
public final class ScreenText {
  public static final int WIDTH = 1920;
  public static final int HEIGHT = 1080;
  /** How surely a label is read unless a test says otherwise. */
  public static final double SURE = 0.95;

  private ScreenText() {}

  /** A label read surely, its box {@code x, y, w, h}. */
  public static OcrLabel label(String text, int x, int y, int w, int h) {
    return label(text, x, y, w, h, SURE);
  }

  /** A label whose words split the box by their length (a space counts as one letter). */
  public static OcrLabel label(String text, int x, int y, int w, int h, double confidence) {
    List<OcrWord> words = new ArrayList<>();
    double perLetter = w / (double) text.length();
    int at = 0;
    for (String word : text.split(" ")) {
      int left = x + (int) Math.round(at * perLetter);
      int right = x + (int) Math.round((at + word.length()) * perLetter);
      words.add(new OcrWord(word, new Region(left, y, right - left, h), confidence, false));
      at += word.length() + 1;
    }
    return new OcrLabel(text, new Region(x, y, w, h), confidence, words);
  }

  /** The screen read during [from, to), shortly after the period began. */
  public static ScreenReading reading(double from, double to, OcrLabel... labels) {
    return new ScreenReading(from, to, from + 0.1, WIDTH, HEIGHT, List.of(labels));
  }

  /** Labels of one word each, one below the other from {@code (x, y)}, 40 pixels apart. */
  public static List<OcrLabel> column(int x, int y, String... texts) {
    List<OcrLabel> labels = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      labels.add(label(texts[i], x, y + 40 * i, 14 * texts[i].length(), 24));
    }
    return labels;
  }
}

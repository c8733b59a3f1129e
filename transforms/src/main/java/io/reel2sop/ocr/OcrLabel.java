package io.reel2sop.ocr;

import io.reel2sop.model.Region;
import java.util.List;

/**
 * Words that read as one piece of UI text: a button caption, a menu item, a field label ("New
 * ticket", "Confirm check-out").
 *
 * @param text the words joined by single spaces, left to right
 * @param box the union of the words' boxes
 * @param confidence the lowest confidence of its words
 * @param words the words, left to right
 */
public record OcrLabel(String text, Region box, double confidence, List<OcrWord> words) {
  public OcrLabel {
    words = List.copyOf(words);
  }
}

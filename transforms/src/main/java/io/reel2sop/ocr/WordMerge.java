package io.reel2sop.ocr;

import io.reel2sop.model.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the words of the plain and the inverted pass. Where both passes read something in the same
 * place (text that either polarity shows, or one pass's misreading of the other's text), the word
 * read with the higher confidence is kept. Words of one pass are all kept: their boxes may overlap
 * a little where Tesseract places them loosely.
 */
final class WordMerge {
  /** Overlap, as a fraction of the smaller box, from which two words are the same text. */
  static final double SAME_TEXT_OVERLAP = 0.5;

  private WordMerge() {}

  static List<OcrWord> merge(List<OcrWord> plain, List<OcrWord> inverted) {
    List<OcrWord> kept = new ArrayList<>();
    for (OcrWord word : plain) {
      if (inverted.stream().noneMatch(other -> other.confidence() > word.confidence() && sameText(other.box(), word.box()))) {
        kept.add(word);
      }
    }
    for (OcrWord word : inverted) {
      // ties go to the plain pass
      if (plain.stream().noneMatch(other -> other.confidence() >= word.confidence() && sameText(other.box(), word.box()))) {
        kept.add(word);
      }
    }
    kept.sort(READING_ORDER);
    return kept;
  }

  static final Comparator<OcrWord> READING_ORDER =
      Comparator.comparingInt((OcrWord w) -> w.box().y())
          .thenComparingInt(w -> w.box().x())
          .thenComparing(OcrWord::text);

  static boolean sameText(Region a, Region b) {
    long overlap = overlapArea(a, b);
    long smaller = Math.min(a.area(), b.area());
    return overlap > 0 && overlap >= SAME_TEXT_OVERLAP * smaller;
  }

  static long overlapArea(Region a, Region b) {
    long w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
    long h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
    return w > 0 && h > 0 ? w * h : 0;
  }
}

package io.reel2sop.ocr;

import io.reel2sop.model.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups words into labels: words side by side on one line with no more than a word space between
 * them. UI text is laid out in short separate pieces (menu items, captions, column cells) with wide
 * gaps between them, so a wide gap ends a label even when the line goes on.
 */
public final class TextLines {
  /** Largest gap between two words of one label, in multiples of the taller word's height. */
  static final double MAX_GAP_PER_HEIGHT = 1.5;
  /** Words of one line overlap vertically by at least this fraction of the shorter one. */
  static final double MIN_LINE_OVERLAP = 0.5;

  private TextLines() {}

  public static List<OcrLabel> group(List<OcrWord> words) {
    List<OcrWord> leftToRight = new ArrayList<>(words);
    leftToRight.sort(Comparator.comparingInt((OcrWord w) -> w.box().x()).thenComparing(WordMerge.READING_ORDER));
    List<List<OcrWord>> labels = new ArrayList<>();
    for (OcrWord word : leftToRight) {
      List<OcrWord> best = null;
      int bestGap = Integer.MAX_VALUE; // the label ending nearest to the word's left
      for (List<OcrWord> label : labels) {
        OcrWord last = label.get(label.size() - 1);
        int gap = word.box().x() - (last.box().x() + last.box().width());
        if (gap < bestGap && continuesLine(last.box(), word.box(), gap)) {
          best = label;
          bestGap = gap;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        labels.add(best);
      }
      best.add(word);
    }
    return labels.stream().map(TextLines::label).sorted(LABEL_ORDER).toList();
  }

  /** The label whose box contains the point, else the one nearest to it; null when there are none. */
  public static OcrLabel nearest(List<OcrLabel> labels, int x, int y) {
    OcrLabel best = null;
    long bestDistance = Long.MAX_VALUE;
    for (OcrLabel label : labels) {
      long d = squaredDistance(label.box(), x, y);
      if (d < bestDistance) {
        best = label;
        bestDistance = d;
      }
    }
    return best;
  }

  private static long squaredDistance(Region box, int x, int y) {
    long dx = Math.max(0, Math.max(box.x() - x, x - (box.x() + box.width() - 1)));
    long dy = Math.max(0, Math.max(box.y() - y, y - (box.y() + box.height() - 1)));
    return dx * dx + dy * dy;
  }

  private static boolean continuesLine(Region last, Region next, int gap) {
    int shorter = Math.min(last.height(), next.height());
    int taller = Math.max(last.height(), next.height());
    int overlap = Math.min(last.y() + last.height(), next.y() + next.height()) - Math.max(last.y(), next.y());
    // a negative gap is no reason to split: Tesseract's boxes of neighbouring words can overlap
    return overlap >= MIN_LINE_OVERLAP * shorter && gap <= MAX_GAP_PER_HEIGHT * taller;
  }

  private static OcrLabel label(List<OcrWord> words) {
    Region box = words.get(0).box();
    StringBuilder text = new StringBuilder();
    double confidence = 1;
    for (OcrWord w : words) {
      box = box.union(w.box());
      text.append(text.isEmpty() ? "" : " ").append(w.text());
      confidence = Math.min(confidence, w.confidence());
    }
    return new OcrLabel(text.toString(), box, confidence, words);
  }

  private static final Comparator<OcrLabel> LABEL_ORDER =
      Comparator.comparingInt((OcrLabel l) -> l.box().y())
          .thenComparingInt(l -> l.box().x())
          .thenComparing(OcrLabel::text);
}

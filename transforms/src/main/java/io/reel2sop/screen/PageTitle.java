package io.reel2sop.screen;

import io.reel2sop.ocr.OcrLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The title of the page on the screen: the text set clearly larger than the rest (a page's
 * heading, a dialog's title), below the top bar of an app and left of its far right edge; the
 * topmost of the largest when several are. Null when no text stands out by size.
 */
public final class PageTitle {
  /** A title's letters are at least this much taller than the screen's typical text. */
  static final double LARGER = 1.3;
  /** The top bar of an app (logo, menu, search) takes about this share of the height. */
  static final double TOP_BAR = 0.07;

  private PageTitle() {}

  public static String of(ScreenReading reading) {
    OcrLabel title = labelOf(reading);
    return title == null ? null : title.text().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N})?!]+$", "");
  }

  /** The label that is the title, or null. */
  public static OcrLabel labelOf(ScreenReading reading) {
    List<OcrLabel> labels = reading.labels().stream()
        .filter(l -> l.text().chars().filter(Character::isLetter).count() >= 3)
        .toList();
    if (labels.size() < 3) {
      return null;
    }
    List<Integer> heights = new ArrayList<>(labels.stream().map(l -> l.box().height()).sorted().toList());
    double typical = heights.get(heights.size() / 2);
    return labels.stream()
        .filter(l -> l.box().y() >= TOP_BAR * reading.height())
        .filter(l -> l.box().x() < 0.7 * reading.width())
        .filter(l -> l.box().height() >= LARGER * typical)
        .max(Comparator.comparingInt((OcrLabel l) -> l.box().height()).thenComparingInt(l -> -l.box().y()))
        .orElse(null);
  }
}

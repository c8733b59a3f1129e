package io.reel2sop.align;

import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrLabel;
import java.util.List;

/** The other short labels on an element's line of the screen: the links of a bar, the tabs of a strip. */
final class LabelRow {
  /** A link's or a tab's label has at most this many words. */
  static final int LINK_WORDS = 3;

  private LabelRow() {}

  /** How many other labels of at most {@link #LINK_WORDS} words stand beside {@code box} on its line. */
  static long others(Region box, List<OcrLabel> labels) {
    return labels.stream()
        .filter(l -> l.words().size() <= LINK_WORDS && !l.box().equals(box))
        .filter(l -> Math.abs(middle(l.box()) - middle(box)) <= Math.max(box.height(), l.box().height()) / 2.0)
        .map(OcrLabel::box)
        .filter(b -> b.x() + b.width() < box.x() || b.x() > box.x() + box.width())
        .count();
  }

  /** The vertical middle of a box. */
  static double middle(Region box) {
    return box.y() + box.height() / 2.0;
  }
}

package io.reel2sop.redact;

import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.ocr.OcrImage;
import io.reel2sop.ocr.TextLines;
import io.reel2sop.ocr.OcrWord;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.ocr.OcrSettings;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Covers a screenshot's secrets with solid black before it is written: the text the rules find in
 * what OCR reads on the full-resolution picture, and the boxes a reviewer gave for its time. The
 * pixels under a cover are overwritten, so no file made from the picture holds them.
 */
public final class ScreenshotRedactor implements ScreenshotGrabber.Retouch {
  /**
   * Pixels added around read text, at least, and as a share of its height: OCR boxes hug the ink
   * it binarised, and the faint anti-aliased edges of glyphs reach a pixel or two past them.
   */
  static final int MIN_TEXT_MARGIN = 8;
  static final double TEXT_MARGIN_PER_HEIGHT = 0.4;
  /** Room around a line read again on its own, so the words at its ends are read whole. */
  static final int LINE_MARGIN = 6;

  private final OcrEngine ocr;
  private final RedactionRules rules;
  private final List<RedactBox> boxes;

  /**
   * An engine for redaction: it keeps every word it reads, however unsure (a secret read badly is
   * still a secret; the screen reader drops such words). One per thread, closed after use.
   */
  public static OcrEngine openEngine() {
    OcrSettings defaults = OcrSettings.defaults();
    return OcrEngine.open(
        new OcrSettings(defaults.invertedPass(), defaults.cropScale(), defaults.smallRegionMaxPixels(), 0));
  }

  /** {@code ocr} may be null when {@code rules} are empty: then only the boxes are covered. */
  public ScreenshotRedactor(OcrEngine ocr, RedactionRules rules, List<RedactBox> boxes) {
    if (ocr == null && !rules.isEmpty()) {
      throw new IllegalArgumentException("redaction rules need an OCR engine");
    }
    this.ocr = ocr;
    this.rules = rules;
    this.boxes = List.copyOf(boxes);
  }

  /** Whether it changes anything at all. */
  public boolean isActive() {
    return !rules.isEmpty() || !boxes.isEmpty();
  }

  @Override
  public void apply(ByteBuffer bgr, int width, int height, int stride, double time) {
    List<Region> cover = new ArrayList<>();
    boxes.stream().filter(b -> b.covers(time)).forEach(b -> cover.add(b.box()));
    if (!rules.isEmpty()) {
      byte[] pixels = new byte[stride * (height - 1) + 3 * width];
      bgr.duplicate().position(0).get(pixels);
      OcrImage picture = OcrImage.fromBgr24(pixels, width, height, stride);
      for (Region text : secrets(picture)) {
        int margin = Math.max(MIN_TEXT_MARGIN, (int) Math.ceil(TEXT_MARGIN_PER_HEIGHT * text.height()));
        cover.add(new Region(text.x() - margin, text.y() - margin, text.width() + 2 * margin, text.height() + 2 * margin));
      }
    }
    cover.forEach(region -> fill(bgr, width, height, stride, region));
  }

  /**
   * Where the rules find text: in the whole picture, and again in each line read enlarged on its
   * own (a pointer resting on an address, or a busy background, garbles the whole-picture reading
   * of a line that reads clean when enlarged).
   */
  private List<Region> secrets(OcrImage picture) {
    List<OcrWord> words = ocr.readWords(picture);
    List<Region> found = new ArrayList<>(ScreenMatches.find(words, rules));
    for (OcrLabel line : TextLines.group(words)) {
      Region box = line.box();
      int margin = Math.max(LINE_MARGIN, box.height() / 2);
      Region around = new Region(box.x() - margin, box.y() - margin, box.width() + 2 * margin, box.height() + 2 * margin);
      found.addAll(ScreenMatches.find(ocr.readWords(picture, around), rules));
    }
    return found;
  }

  /** Paints {@code region} (cut to the picture) black. */
  static void fill(ByteBuffer bgr, int width, int height, int stride, Region region) {
    int x0 = Math.max(0, region.x());
    int y0 = Math.max(0, region.y());
    int x1 = Math.min(width, region.x() + region.width());
    int y1 = Math.min(height, region.y() + region.height());
    if (x1 <= x0 || y1 <= y0) {
      return;
    }
    byte[] black = new byte[3 * (x1 - x0)];
    for (int y = y0; y < y1; y++) {
      bgr.put(y * stride + 3 * x0, black);
    }
  }
}

package io.reel2sop.ocr;

/**
 * How the engine reads.
 *
 * @param invertedPass also read the dark-ground parts inverted, for light text on dark ground
 *     (filled buttons, dark headers and themes); without it the whole image is read as it is
 * @param cropScale how many times a small region is enlarged before reading: UI text of 12-14 px
 *     is below the glyph size Tesseract reads best
 * @param smallRegionMaxPixels regions of up to this many pixels are small; larger regions and whole
 *     frames are read at 1:1, since enlarging them costs the square of the scale in time
 * @param minConfidence words below this confidence (0..1) are dropped
 */
public record OcrSettings(boolean invertedPass, int cropScale, int smallRegionMaxPixels, double minConfidence) {

  public OcrSettings {
    if (cropScale < 1 || cropScale > 4) {
      throw new IllegalArgumentException("crop scale must be 1..4, not " + cropScale);
    }
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("minimum confidence must be 0..1, not " + minConfidence);
    }
  }

  /** Both passes, small regions (up to 400x200) enlarged twice, words of confidence 0.5 and up. */
  public static OcrSettings defaults() {
    return new OcrSettings(true, 2, 400 * 200, 0.5);
  }

  public OcrSettings withInvertedPass(boolean on) {
    return new OcrSettings(on, cropScale, smallRegionMaxPixels, minConfidence);
  }
}

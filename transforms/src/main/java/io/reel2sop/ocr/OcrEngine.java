package io.reel2sop.ocr;

import io.reel2sop.model.Region;
import java.util.List;

/**
 * Reads the text on screen images with Tesseract: dark text on light ground in one pass and, on the
 * inverted dark-ground parts, light text on dark ground (white captions on coloured buttons, dark
 * headers and themes) in another; where both passes read something in one place, the surer reading
 * is kept. Before reading, thin outlines are erased and small regions enlarged.
 *
 * <p>An engine owns one native Tesseract instance, which takes about 50 ms and 10 MB to set up:
 * open one per thread and reuse it (in Beam, in a DoFn's {@code @Setup}; close it
 * in {@code @Teardown}). Tesseract instances are not thread-safe: calls on one engine are
 * serialised, so an engine shared between threads only makes them wait for each other. Reading is
 * deterministic: the same image and region give the same words on every run.
 */
public final class OcrEngine implements AutoCloseable {
  private final OcrSettings settings;
  private TesseractApi tesseract;

  private OcrEngine(OcrSettings settings, TesseractApi tesseract) {
    this.settings = settings;
    this.tesseract = tesseract;
  }

  /**
   * Loads Tesseract and the bundled English model.
   *
   * @throws OcrUnavailableException when the natives or the model cannot be loaded
   */
  public static OcrEngine open() {
    return open(OcrSettings.defaults());
  }

  public static OcrEngine open(OcrSettings settings) {
    return new OcrEngine(settings, new TesseractApi(LanguageData.english()));
  }

  public List<OcrWord> readWords(OcrImage image) {
    return readWords(image, image.bounds());
  }

  /**
   * The words inside {@code region} (cut to the image), boxes in pixels of {@code image}. Words
   * cut by the region's edge may be misread or missed: give the region a margin.
   */
  public synchronized List<OcrWord> readWords(OcrImage image, Region region) {
    if (tesseract == null) {
      throw new IllegalStateException("OCR engine is closed");
    }
    Region clipped = OcrRegions.clipped(region, image);
    if (clipped.area() == 0) {
      return List.of();
    }
    boolean small = clipped.area() <= settings.smallRegionMaxPixels();
    CropPlacement placement = new CropPlacement(clipped, small ? settings.cropScale() : 1);
    OcrImage cropped = clipped.equals(image.bounds()) ? image : image.crop(clipped);
    OcrImage prepared = RuleEraser.erased(cropped);
    if (!settings.invertedPass()) {
      return kept(tesseract.words(prepared.upscaled(placement.scale()), placement, false));
    }
    GroundSplit grounds = GroundSplit.of(prepared);
    List<OcrWord> plain = grounds.anyLightGround()
        ? tesseract.words(grounds.lightGround().upscaled(placement.scale()), placement, false)
        : List.of();
    List<OcrWord> inverted = grounds.anyDarkGround()
        ? tesseract.words(grounds.darkGroundInverted().upscaled(placement.scale()), placement, true)
        : List.of();
    return WordMerge.merge(kept(plain), kept(inverted));
  }

  public List<OcrLabel> readLabels(OcrImage image) {
    return TextLines.group(readWords(image));
  }

  public List<OcrLabel> readLabels(OcrImage image, Region region) {
    return TextLines.group(readWords(image, region));
  }

  private List<OcrWord> kept(List<OcrWord> words) {
    return words.stream().filter(w -> w.confidence() >= settings.minConfidence() && hasLetterOrDigit(w.text())).toList();
  }

  private static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  @Override
  public synchronized void close() {
    if (tesseract != null) {
      tesseract.close();
      tesseract = null;
    }
  }
}

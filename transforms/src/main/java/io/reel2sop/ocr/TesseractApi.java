package io.reel2sop.ocr;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;
import static org.bytedeco.tesseract.global.tesseract.TessResultIteratorDelete;

import io.reel2sop.model.Region;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One initialised Tesseract instance that reads the dark-on-light words of a grey image. Not
 * thread-safe. The Tesseract build we use has no OpenMP, so it runs on the calling thread alone and
 * gives the same words for the same image every time.
 */
final class TesseractApi implements AutoCloseable {
  /** Screen text at 1:1 is about 96 dpi; Tesseract warns and guesses when it is not told. */
  private static final int SCREEN_DPI = 96;

  /**
   * Chosen on rendered UI screens (light, dark, JPEG-compressed, shrunk) and on frames of the
   * dev-set recordings, read with sparse-text segmentation, which finds scattered labels without
   * taking the screen for columns of prose.
   */
  private static final String[][] PARAMETERS = {
    {"debug_file", "/dev/null"}, // Tesseract's own diagnostics would go to stderr
    // Sauvola's local threshold read more labels than global Otsu on both kinds of screen
    {"thresholding_method", "2"},
    // at the default 1.25 sparse text skips short lines in buttons and small regions
    {"textord_min_linesize", "0.5"},
    // the inverted pass reads light-on-dark text; retrying poor lines inverted here too only
    // costs time and brings more misreadings
    {"tessedit_do_invert", "0"},
  };

  private final TessBaseAPI api;

  TesseractApi(byte[] traineddata) {
    TesseractNatives.load();
    api = new TessBaseAPI();
    int status;
    try (BytePointer data = new BytePointer(traineddata);
        BytePointer language = new BytePointer(LanguageData.LANGUAGE)) {
      status = api.Init(data, traineddata.length, language, OEM_LSTM_ONLY,
          (PointerPointer<?>) null, 0, null, null, false, null);
    }
    if (status != 0) {
      api.close();
      throw new OcrUnavailableException(
          "Tesseract cannot initialise from " + LanguageData.RESOURCE.substring(1) + " (status " + status
              + "): the bundled language data is damaged; rebuild with mvn package", null);
    }
    for (String[] parameter : PARAMETERS) {
      if (!api.SetVariable(parameter[0], parameter[1])) {
        throw new IllegalStateException("Tesseract has no parameter " + parameter[0]);
      }
    }
    api.SetPageSegMode(PSM_SPARSE_TEXT);
  }

  /** The words of {@code image}, boxes mapped through {@code placement} to the original image. */
  List<OcrWord> words(OcrImage image, CropPlacement placement, boolean inverted) {
    List<OcrWord> words = new ArrayList<>();
    api.SetImage(image.grey(), image.width(), image.height(), 1, image.width());
    api.SetSourceResolution(SCREEN_DPI * placement.scale());
    ResultIterator it = api.Recognize(null) == 0 ? api.GetIterator() : null;
    if (it == null) {
      api.Clear();
      return words;
    }
    int[] left = new int[1], top = new int[1], right = new int[1], bottom = new int[1];
    try {
      do {
        BytePointer utf8 = it.GetUTF8Text(RIL_WORD);
        if (utf8 == null) {
          continue;
        }
        String text = utf8.getString(StandardCharsets.UTF_8).strip();
        TessDeleteText(utf8);
        if (!text.isEmpty() && it.BoundingBox(RIL_WORD, left, top, right, bottom)) {
          int[] ink = InkBox.tightened(image, left[0], top[0], right[0], bottom[0]);
          Region box = placement.toOriginal(ink[0], ink[1], ink[2], ink[3]);
          words.add(new OcrWord(text, box, it.Confidence(RIL_WORD) / 100.0, inverted));
        }
      } while (it.Next(RIL_WORD));
    } finally {
      TessResultIteratorDelete(it);
      api.Clear();
    }
    return words;
  }

  @Override
  public void close() {
    api.End();
    api.close();
  }
}

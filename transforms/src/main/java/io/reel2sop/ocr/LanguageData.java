package io.reel2sop.ocr;

import java.io.IOException;
import java.io.InputStream;

/**
 * Tesseract's English LSTM model (tessdata_fast {@code eng.traineddata}), bundled in our jar by the
 * build. Read once per JVM and handed to every engine from memory, so nothing is written to disk.
 */
final class LanguageData {
  static final String LANGUAGE = "eng";
  static final String RESOURCE = "/io/reel2sop/ocr/eng.traineddata";

  private static byte[] english;

  private LanguageData() {}

  static synchronized byte[] english() {
    if (english == null) {
      english = read(RESOURCE);
    }
    return english;
  }

  static byte[] read(String resource) {
    try (InputStream in = LanguageData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new OcrUnavailableException(
            "Tesseract language data is missing: " + resource.substring(1) + " is not on the classpath"
                + " (the reel2sop-transforms build copies it from net.sourceforge.tess4j:tess4j; rebuild"
                + " with mvn package)",
            null);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new OcrUnavailableException("Tesseract language data " + resource.substring(1) + " cannot be read: " + e.getMessage(), e);
    }
  }
}

package io.reel2sop.ocr;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.leptonica.global.leptonica;
import org.bytedeco.tesseract.global.tesseract;

/** Loads Tesseract's and Leptonica's native libraries, which JavaCPP unpacks from their jars. */
final class TesseractNatives {
  private TesseractNatives() {}

  static void load() {
    try {
      Loader.load(tesseract.class);
      // Leptonica reports to stderr what Tesseract handles itself (a layout box off the image)
      leptonica.setMsgSeverity(leptonica.L_SEVERITY_NONE);
    } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
      throw new OcrUnavailableException(
          "Tesseract OCR natives cannot be loaded: " + oneLine(e)
              + " (the org.bytedeco:tesseract and org.bytedeco:leptonica " + platform()
              + " jars must be on the classpath)",
          e);
    }
  }

  private static String oneLine(Throwable e) {
    return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
  }

  private static String platform() {
    try {
      return Loader.getPlatform();
    } catch (LinkageError e) {
      return "linux-x86_64";
    }
  }
}

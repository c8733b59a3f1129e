package io.reel2sop.ocr;

/**
 * One engine for the tests that read with the default settings, opened on first use and left open
 * until the test JVM ends: opening one takes tens of milliseconds and tens of MB.
 */
final class SharedEngine {
  private static OcrEngine engine;

  private SharedEngine() {}

  static synchronized OcrEngine get() {
    if (engine == null) {
      engine = OcrEngine.open();
    }
    return engine;
  }
}

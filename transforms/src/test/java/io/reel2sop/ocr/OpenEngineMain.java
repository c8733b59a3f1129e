package io.reel2sop.ocr;

/** Opens an engine and prints the outcome: run in a JVM whose classpath lacks something. */
public final class OpenEngineMain {
  public static void main(String[] args) {
    try (OcrEngine engine = OcrEngine.open()) {
      System.out.println("opened");
    } catch (OcrUnavailableException e) {
      System.out.println("unavailable: " + e.getMessage());
    }
  }
}

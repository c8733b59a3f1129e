package io.reel2sop.ocr;

import io.reel2sop.environment.BrokenEnvironmentException;

/**
 * The machine or the classpath lacks something OCR needs (Tesseract's natives, the language data):
 * an environment problem, not a problem of the recording. The message says what is missing and how
 * to get it, in one line.
 */
public final class OcrUnavailableException extends BrokenEnvironmentException {
  public OcrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

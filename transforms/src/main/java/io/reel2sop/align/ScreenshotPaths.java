package io.reel2sop.align;

/** Where step screenshots live in a SOP folder: images/step-01.png, images/step-02.png, ... */
public final class ScreenshotPaths {

  private ScreenshotPaths() {}

  /**
   * The path of step {@code index} of {@code stepCount}: two digits, more when there are over 99
   * steps, so every name in one SOP has the same width and they sort in order.
   */
  public static String forStep(int index, int stepCount) {
    int width = Math.max(2, String.valueOf(Math.max(index, stepCount)).length());
    return String.format("images/step-%0" + width + "d.png", index);
  }
}

package io.reel2sop.ocr;

import io.reel2sop.model.Region;

/**
 * One word read from the screen.
 *
 * @param text the word as recognised (UTF-8 text, no spaces)
 * @param box where it is, in pixels of the image given to the engine (not of a crop or upscale)
 * @param confidence Tesseract's confidence scaled to 0..1
 * @param inverted whether it was read on the inverted image, i.e. it is light text on a dark ground
 */
public record OcrWord(String text, Region box, double confidence, boolean inverted) {}

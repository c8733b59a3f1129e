package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.reel2sop.model.Region;
import org.junit.jupiter.api.Test;

class OcrImageTest {
  @Test
  void bgrBecomesLumaRowByRowSkippingThePadding() {
    // 2x2 pixels, rows padded to 8 bytes: white, pure blue / pure red, pure green
    byte[] bgr = {
      (byte) 255, (byte) 255, (byte) 255, (byte) 255, 0, 0, 99, 99,
      0, 0, (byte) 255, 0, (byte) 255, 0, 99, 99,
    };
    OcrImage image = OcrImage.fromBgr24(bgr, 2, 2, 8);
    // weights 77, 150 and 29 of 256, rounded
    assertArrayEquals(new byte[] {(byte) 255, 29, 77, (byte) 149}, image.grey());
  }

  @Test
  void aPlaneTooSmallForItsSizeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> OcrImage.fromGrey(new byte[10], 4, 3, 4));
    assertThrows(IllegalArgumentException.class, () -> OcrImage.fromBgr24(new byte[24], 4, 2, 8));
  }

  @Test
  void cropAndUpscale() {
    OcrImage image = OcrImage.fromGrey(new byte[] {0, 10, 20, 30, 40, 50}, 3, 2, 3);
    OcrImage crop = image.crop(new Region(1, 0, 2, 2));
    assertArrayEquals(new byte[] {10, 20, 40, 50}, crop.grey());
    OcrImage twice = crop.upscaled(2);
    assertEquals(4, twice.width());
    assertEquals(4, twice.height());
    // corners keep the corner values; in between is interpolated
    assertEquals(10, twice.grey()[0]);
    assertEquals(50, twice.grey()[15]);
    assertEquals(13, twice.grey()[1]); // 3/4 of 10 + 1/4 of 20
    assertThrows(IllegalArgumentException.class, () -> image.crop(new Region(2, 0, 2, 2)));
  }
}

package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.Region;
import org.junit.jupiter.api.Test;

class OcrRegionsTest {
  private static final OcrImage FRAME = OcrImage.fromGrey(new byte[1280 * 720], 1280, 720, 1280);

  @Test
  void aroundThePointerStaysInsideTheFrame() {
    assertEquals(new Region(490, 255, 300, 90), OcrRegions.around(640, 300, 300, 90, FRAME));
    assertEquals(new Region(0, 0, 300, 90), OcrRegions.around(10, 5, 300, 90, FRAME));
    assertEquals(new Region(980, 630, 300, 90), OcrRegions.around(1279, 719, 300, 90, FRAME));
    assertEquals(new Region(0, 0, 1280, 720), OcrRegions.around(5, 5, 4000, 4000, FRAME));
  }

  @Test
  void grownAndClipped() {
    assertEquals(new Region(0, 70, 150, 60), OcrRegions.grown(new Region(10, 80, 130, 40), 10, FRAME));
    assertEquals(new Region(0, 0, 0, 0), OcrRegions.clipped(new Region(1300, 10, 40, 40), FRAME));
  }

  @Test
  void boxesOfAnEnlargedCropMapBackOutwards() {
    CropPlacement placement = new CropPlacement(new Region(100, 50, 300, 90), 2);
    // pixels 21..40 of the enlarged crop come from pixels 10..20 (half of 10 and of 20 included)
    assertEquals(new Region(110, 55, 11, 6), placement.toOriginal(21, 11, 41, 22));
    // never past the crop
    assertEquals(new Region(399, 139, 1, 1), placement.toOriginal(598, 178, 700, 500));
  }
}

package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.change.SopDiff;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
  /** The screenshots' colour, found again on the rendered page. */
  private static final Color SCREEN = new Color(0x20, 0xa0, 0x40);
  private static SopDocument sop;
  private static byte[] pdf;
  private static SopChanges changes;

  @BeforeAll
  static void render() throws IOException {
    List<Step> steps = new ArrayList<>(SampleSop.steps());
    for (int i = 4; i <= 9; i++) { // enough steps to need several pages
      steps.add(new Step(i, "Fill in field number " + i + ".", "then field " + i, 70 + i, 72 + i,
          new io.reel2sop.model.Screenshot(String.format("images/step-%02d.png", i), 71 + i), null, 0.8));
    }
    sop = SampleSop.withSteps(steps);
    changes = SopDiff.between(SampleSop.document(), sop, true, "2025-03-04T10:15:00Z");
    pdf = PdfRenderer.render(sop, changes, path -> screenshot(path));
  }

  /** A 1920x1080 screen of noise in one colour, so the page shows whether it is there. */
  private static byte[] screenshot(String path) {
    BufferedImage image = new BufferedImage(1920, 1080, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(SCREEN);
    g.fillRect(0, 0, 1920, 1080);
    Random random = new Random(path.hashCode());
    for (int i = 0; i < 400; i++) {
      g.setColor(new Color(0x20, 0x60 + random.nextInt(0x80), 0x40));
      g.fillRect(random.nextInt(1900), random.nextInt(1060), 20, 20);
    }
    g.dispose();
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theTextIsRealTextWithEveryStepPageNumbersAndTheProducer() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 2, pages + " pages");
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains(sop.title()), text);
      for (Step step : sop.steps().subList(0, 2)) {
        assertTrue(text.contains(step.instruction()), step.instruction() + " in " + text);
      }
      assertTrue(text.contains("Wählen Sie „Speichern“"), text);
      for (Step step : sop.steps().subList(3, sop.steps().size())) {
        assertTrue(text.contains(step.instruction()), step.instruction());
      }
      assertTrue(text.contains(SampleSop.HOSTILE_NARRATION), "narration, as text");
      for (int page = 1; page <= pages; page++) {
        assertTrue(text.contains("Page " + page + " of " + pages), "page " + page + " of " + pages + " in " + text);
      }
      assertTrue(text.contains("Made by reel2sop 0.1.0 · vosk-model-small-en-us 0.15 · 2025-03-04 10:15 UTC"), text);
      String changed = text.replaceAll("\\s+", " ");
      assertTrue(changed.contains("What changed from the previous version: " + changes.summary()), changed);
      assertFalse(changed.contains("details"), "no link to a page the PDF does not have");
    }
  }

  @Test
  void everyFontIsEmbeddedSoNoMachineNeedsOne() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
          assertTrue(font.getName().contains("LiberationSans"), font.getName());
        }
      }
    }
  }

  @Test
  void aStepIsNeverSplitOverTwoPages() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      int stepsSeen = 0;
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document);
        int instructions = (int) sop.steps().stream().filter(s -> text.contains(timeOf(s))).count();
        assertEquals(instructions, images(document.getPage(page - 1)), "page " + page + ": a screenshot per step");
        stepsSeen += instructions;
      }
      assertEquals(sop.steps().size(), stepsSeen);
    }
  }

  private static String timeOf(Step step) {
    return TimeFormat.range(step.start(), step.end());
  }

  private static int images(PDPage page) throws IOException {
    int images = 0;
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject) {
        images++;
      }
    }
    return images;
  }

  @Test
  void theFirstPageShowsTheScreenshotAndItsHighlight() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
      int screen = 0;
      int highlight = 0;
      long sum = 0;
      long squares = 0;
      for (int y = 0; y < page.getHeight(); y++) {
        for (int x = 0; x < page.getWidth(); x++) {
          Color c = new Color(page.getRGB(x, y));
          if (c.getRed() < 0x40 && c.getGreen() > 0x50 && c.getBlue() < 0x60) {
            screen++;
          }
          if (c.getRed() > 0xc0 && c.getGreen() < 0x80 && c.getBlue() < 0x80) {
            highlight++;
          }
          int luma = (c.getRed() + c.getGreen() + c.getBlue()) / 3;
          sum += luma;
          squares += (long) luma * luma;
        }
      }
      long n = (long) page.getWidth() * page.getHeight();
      double variance = (double) squares / n - Math.pow((double) sum / n, 2);
      assertTrue(variance > 100, "not blank: variance " + variance);
      assertTrue(screen > n / 10, "the screenshot covers a good part of page 1: " + screen + " of " + n);
      assertTrue(highlight > 50, "the highlight box is drawn: " + highlight + " pixels");
    }
  }

  @Test
  void aMissingScreenshotIsAnError() {
    assertThrows(NoSuchFileException.class, () -> PdfRenderer.render(sop, null, path -> {
      throw new NoSuchFileException(path);
    }));
  }
}

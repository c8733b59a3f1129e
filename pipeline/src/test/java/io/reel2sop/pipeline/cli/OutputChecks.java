package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.testmedia.WebVttCues;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Checks of the rendered outputs with independent parsers: an XML parser, FFmpeg and PDFBox. */
final class OutputChecks {
  private OutputChecks() {}

  /**
   * The page parses as XML (so every tag is closed and every text escaped), shows every step's
   * image, and every image it shows is in the folder.
   */
  static void wellFormedHtml(Path html, SopDocument sop) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document dom = factory.newDocumentBuilder().parse(html.toFile());
    NodeList images = dom.getElementsByTagName("img");
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < images.getLength(); i++) {
      String src = images.item(i).getAttributes().getNamedItem("src").getNodeValue();
      assertTrue(Files.isRegularFile(html.resolveSibling(src)), "image " + src + " of " + html);
      sources.add(src);
    }
    for (Step step : sop.steps()) {
      assertTrue(sources.contains(step.screenshot().path()), html + " shows " + step.screenshot().path());
    }
    NodeList items = dom.getElementsByTagName("li");
    int steps = 0;
    for (int i = 0; i < items.getLength(); i++) {
      var type = items.item(i).getAttributes().getNamedItem("class");
      steps += type != null && type.getNodeValue().equals("step") ? 1 : 0;
    }
    assertEquals(sop.steps().size(), steps, "one list item per step in " + html);
  }

  /**
   * FFmpeg reads one cue for each cue of the file, and reads the same cues back after writing them
   * with its own WebVTT muxer.
   */
  static void parsableWebVtt(Path vtt) throws IOException {
    List<WebVttCues.Cue> understood = WebVttCues.read(vtt);
    assertEquals(cues(Files.readString(vtt)), understood.size(), "cues FFmpeg understood in " + vtt);
    assertEquals(understood, WebVttCues.rewritten(vtt), "cues after FFmpeg wrote " + vtt);
  }

  /**
   * The PDF's text, read back with PDFBox, holds the title, every step's instruction, "Page k of n"
   * on each page and the producing version; its first page, drawn by PDFBox, is not blank and shows
   * the first screenshot: most of the picture's own pixels are found on it.
   */
  static void readablePdf(Path pdf, SopDocument sop) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = pdfText(document);
      assertTrue(text.contains(oneLine(sop.title())), "title in " + pdf);
      for (Step step : sop.steps()) {
        assertTrue(text.contains(oneLine(step.instruction())), "'" + step.instruction() + "' in " + pdf + ": " + text);
      }
      int pages = document.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        assertTrue(text.contains("Page " + page + " of " + pages), "page " + page + " of " + pages + " in " + pdf);
      }
      assertTrue(text.contains("Made by reel2sop " + sop.producedBy().version()), "version in " + pdf);

      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
      double[] luma = lumaStats(page);
      assertTrue(luma[1] > 100, "page 1 of " + pdf + " is not blank: luma variance " + luma[1]);
      if (!sop.steps().isEmpty()) {
        List<Rectangle2D> images = PdfImageAreas.of(document.getPage(0));
        assertTrue(!images.isEmpty(), "page 1 of " + pdf + " shows the first screenshot");
        Rectangle area = images.get(0).getBounds().intersection(new Rectangle(page.getWidth(), page.getHeight()));
        assertTrue(area.width > page.getWidth() / 2, "the screenshot spans the page: " + area);
        double[] shown = lumaStats(page.getSubimage(area.x, area.y, area.width, area.height));
        assertTrue(shown[1] > 20, "the screenshot's area on page 1 of " + pdf + " has detail: variance " + shown[1]);
      }
    }
  }

  /**
   * Every page's text in reading order (by position: a PDF may draw a line's parts in any order),
   * runs of white space as one space (the page wraps long lines).
   */
  static String pdfText(PDDocument document) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return oneLine(stripper.getText(document));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Mean and variance of the luma of an image. */
  private static double[] lumaStats(BufferedImage image) {
    double sum = 0;
    double squares = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        double luma = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
        sum += luma;
        squares += luma * luma;
      }
    }
    double n = (double) image.getWidth() * image.getHeight();
    return new double[] {sum / n, squares / n - (sum / n) * (sum / n)};
  }

  private static long cues(String vtt) {
    return vtt.lines().filter(l -> l.contains(" --> ")).count();
  }
}

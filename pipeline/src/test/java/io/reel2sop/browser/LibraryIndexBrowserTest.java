package io.reel2sop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Word;
import io.reel2sop.render.HtmlRenderer;
import io.reel2sop.render.LibraryIndexHtml;
import io.reel2sop.render.LibraryIndexJson;
import io.reel2sop.render.LibraryScan;
import io.reel2sop.render.SopJson;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library index in a real browser: a library of SOP folders written by the project's own
 * renderers, its index.html opened from disk in headless Chromium, searched, and followed to a SOP.
 * Needs Chromium ({@code apt-get install chromium}); without it this test fails, it does not skip.
 */
class LibraryIndexBrowserTest {

  private static final String INVOICE = "Invoice a customer";
  private static final String LEAD = "New lead walkthrough";
  private static final String HOSTILE = "Escaping <script>window.pwned=1</script> & \"quotes\"";
  private static final String VISIBLE_TITLES =
      "Array.from(document.querySelectorAll('li.sop'))"
          + ".filter(function (e) { return e.getClientRects().length > 0; })"
          + ".map(function (e) { return e.querySelector('h2').textContent; })";
  private static final String VISIBLE_HINTS =
      "Array.from(document.querySelectorAll('li.sop .hint'))"
          + ".filter(function (e) { return e.getClientRects().length > 0; })"
          + ".map(function (e) { return e.textContent; })";
  private static final String IMAGES_LOADED =
      "Array.from(document.images).every(function (i) {"
          + " i.scrollIntoView(); return i.complete && i.naturalWidth > 0; })";

  @TempDir static Path library;
  private static HeadlessChromium browser;

  @BeforeAll
  static void writeLibraryAndStartBrowser() throws IOException {
    writeSop(
        "billing--invoice",
        INVOICE,
        List.of(
            "Open the Billing page",
            "Click New invoice",
            "Reconcile the open payments",
            "Click Save"),
        "first i open the billing page then i make a new invoice and save it");
    writeSop(
        "sales--new-lead",
        LEAD,
        List.of("Open the list of leads", "Click New Lead", "Type the company name"),
        "now i open the leads and type the company name the pineapple shop");
    writeSop(
        "hostile",
        HOSTILE,
        List.of("Open the <b>settings</b> & look", "Click Save"),
        "end </script><script>window.pwned=2</script> now");
    LibraryScan scan = LibraryScan.of(library);
    assertEquals(List.of(), scan.unreadable());
    Files.writeString(
        library.resolve("index.json"),
        LibraryIndexJson.write(scan.entries(), "2026-02-03T04:05:06Z"));
    Files.writeString(
        library.resolve("index.html"),
        LibraryIndexHtml.render(scan.entries(), "2026-02-03T04:05:06Z"));
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void searchFindsStepsAndTranscriptsAndLinksOpenTheSop() {
    browser.open(library.resolve("index.html").toUri().toString());
    assertEquals(List.of(HOSTILE, INVOICE, LEAD), strings(VISIBLE_TITLES), "all SOPs, by title");
    assertEquals("3 SOPs", text("#count"));
    assertEquals("undefined", browser.evaluate("typeof window.pwned").asText(), "no text ran");
    browser.waitUntil(IMAGES_LOADED, Duration.ofSeconds(10));
    assertEquals(3, browser.evaluate("document.images.length").asInt(), "one thumbnail each");

    browser.type("#q", "RECONCILE");
    assertEquals(List.of(INVOICE), strings(VISIBLE_TITLES), "a word from one step only");
    assertEquals(List.of("Step 3: Reconcile the open payments"), strings(VISIBLE_HINTS));
    assertEquals("1 of 3 SOPs", text("#count"));

    browser.type("#q", "pineapple");
    assertEquals(List.of(LEAD), strings(VISIBLE_TITLES), "a word from one transcript only");
    assertEquals(
        List.of("Said: …and type the company name the pineapple shop"), strings(VISIBLE_HINTS));

    browser.type("#q", "  save ");
    assertEquals(List.of(HOSTILE, INVOICE), strings(VISIBLE_TITLES));
    assertEquals("2 of 3 SOPs", text("#count"));

    browser.type("#q", "invoice pineapple");
    assertEquals(List.of(), strings(VISIBLE_TITLES), "all words must match");
    assertEquals("0 of 3 SOPs", text("#count"));
    assertTrue(
        browser
            .evaluate("document.getElementById('none').getClientRects().length > 0")
            .asBoolean());

    browser.type("#q", "");
    assertEquals(3, strings(VISIBLE_TITLES).size());
    assertEquals("3 SOPs", text("#count"));

    browser.type("#q", "billing reconcile");
    assertEquals(List.of(INVOICE), strings(VISIBLE_TITLES), "words from different steps");
    browser.followLink("li.sop:not([hidden]) h2 a");
    assertTrue(browser.url().endsWith("/billing--invoice/sop.html"), browser.url());
    assertEquals(INVOICE, text("h1"));
    assertEquals(4, browser.evaluate("document.querySelectorAll('li.step').length").asInt());
    browser.waitUntil(IMAGES_LOADED, Duration.ofSeconds(10));
    assertEquals(4, browser.evaluate("document.images.length").asInt(), "one screenshot a step");
  }

  @Test
  void hostileSopPageShowsItsTextAsText() {
    browser.open(library.resolve("hostile/sop.html").toUri().toString());
    assertEquals(HOSTILE, text("h1"));
    assertEquals("undefined", browser.evaluate("typeof window.pwned").asText());
    assertEquals(2, browser.evaluate("document.querySelectorAll('li.step').length").asInt());
  }

  private String text(String selector) {
    return browser.evaluate("document.querySelector('" + selector + "').textContent").asText();
  }

  private List<String> strings(String expression) {
    List<String> out = new ArrayList<>();
    for (JsonNode value : browser.evaluate(expression)) {
      out.add(value.asText());
    }
    return out;
  }

  /** One SOP folder as the pipeline writes it: sop.json, sop.html and a PNG per step. */
  private static void writeSop(
      String folder, String title, List<String> instructions, String transcript)
      throws IOException {
    Path dir = Files.createDirectories(library.resolve(folder).resolve("images"));
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < instructions.size(); i++) {
      String image = String.format("images/step-%02d.png", i + 1);
      writePng(dir.getParent().resolve(image), i);
      steps.add(
          new Step(
              i + 1,
              instructions.get(i),
              null,
              4.0 * i,
              4.0 * i + 3,
              new Screenshot(image, 4.0 * i + 3.5),
              null,
              0.9));
    }
    List<Word> words = new ArrayList<>();
    String[] spoken = transcript.split(" ");
    for (int i = 0; i < spoken.length; i++) {
      words.add(new Word(spoken[i], 0.4 * i, 0.4 * i + 0.3, 0.9));
    }
    SopDocument sop =
        new SopDocument(
            SopDocument.SCHEMA_VERSION,
            new SopDocument.RecordingInfo(
                "file:///recordings/" + folder + ".mp4",
                "sha256:00",
                null,
                1000L,
                null,
                4.0 * steps.size(),
                160,
                90,
                30.0,
                true,
                null),
            new SopDocument.ProducedBy(
                "0.1.0",
                new SopDocument.ModelInfo("vosk-model-en", "0.3.45"),
                "sha256:11",
                "DirectRunner",
                "2026-02-01T10:00:00Z"),
            title,
            steps.size() + " steps.",
            steps,
            List.of(),
            new SopDocument.TranscriptInfo("en", "vosk", words));
    Files.writeString(dir.getParent().resolve("sop.json"), SopJson.write(sop));
    Files.writeString(dir.getParent().resolve("sop.html"), HtmlRenderer.render(sop));
  }

  private static void writePng(Path file, int shade) throws IOException {
    BufferedImage image = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(40 * shade % 256, 120, 200));
    g.fillRect(0, 0, 160, 90);
    g.setColor(Color.WHITE);
    g.fillRect(20, 20, 60, 20);
    g.dispose();
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer");
    }
  }
}

package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlRendererTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static String html;
  private static Document dom;

  @BeforeAll
  static void render() throws Exception {
    html = HtmlRenderer.render(SampleSop.document());
    dom = parse(html);
  }

  @Test
  void isPolyglotHtml5() {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"" + XHTML + "\""), html);
    assertEquals("html", dom.getDocumentElement().getLocalName());
    assertEquals(XHTML, dom.getDocumentElement().getNamespaceURI());
    assertEquals("en", dom.getDocumentElement().getAttribute("lang"));
  }

  @Test
  void hostileNarrationStaysText() {
    assertEquals(0, elements("script").size(), "no script element");
    List<String> narrations = textOf(byClass("blockquote", "narration"));
    assertEquals(SampleSop.HOSTILE_NARRATION, narrations.get(1));
    assertTrue(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes'"));
    assertEquals("Create & send an invoice", elements("h1").get(0).getTextContent());
  }

  @Test
  void unicodeSurvives() {
    assertTrue(textOf(elements("h3")).get(2).endsWith(SampleSop.UNICODE_INSTRUCTION));
    assertEquals("Dann auf Speichern klicken – fertig 🎉", textOf(byClass("blockquote", "narration")).get(2));
  }

  @Test
  void stepsShowNumberInstructionTimeAndRelativeScreenshot() {
    List<Element> steps = byClass("li", "step");
    assertEquals(3, steps.size());
    assertEquals("1 Open the Billing page", elements("h3").get(0).getTextContent());
    assertEquals(List.of("0:02–0:06", "0:31–0:38", "1:04–1:11"), textOf(byClass("p", "time")));
    List<String> sources = elements("img").stream().map(e -> e.getAttribute("src")).toList();
    assertEquals(List.of("images/step-01.png", "images/step-02.png", "images/step-03.png"), sources);
  }

  @Test
  void highlightBoxesArePercentagesOfTheFrame() {
    List<Element> boxes = byClass("div", "highlight");
    assertEquals(2, boxes.size(), "step 2 has no highlight");
    assertEquals("left:75%;top:0%;width:25%;height:25%", boxes.get(0).getAttribute("style"));
    assertEquals("left:50%;top:50%;width:10%;height:10%", boxes.get(1).getAttribute("style"));
    assertEquals("figure", ((Element) boxes.get(0).getParentNode()).getLocalName());
  }

  @Test
  void percentagesAreClampedAndShort() {
    assertEquals("33.333%", HtmlRenderer.percent(1, 3));
    assertEquals("100%", HtmlRenderer.percent(2500, 1920));
    assertEquals("12.5%", HtmlRenderer.percent(240, 1920));
  }

  @Test
  void headerHasSummaryFactsAndProducer() {
    assertEquals(
        "How to create an invoice for a customer and send it by e-mail.",
        textOf(byClass("p", "summary")).get(0));
    String facts = textOf(byClass("dl", "facts")).get(0);
    assertTrue(facts.contains("invoice demo.mp4"), facts);
    assertTrue(facts.contains("2:05"), facts);
    assertTrue(facts.contains("1920×1080"), facts);
    assertTrue(facts.contains("reel2sop 0.1.0"), facts);
    assertTrue(facts.contains("vosk-model-small-en-us"), facts);
  }

  @Test
  void isSelfContainedAndPhoneFriendly() {
    assertEquals(1, elements("style").size());
    assertEquals(0, elements("link").size());
    assertFalse(html.contains("src=\"http"), "no remote images");
    assertFalse(html.contains("url("), "no CSS-loaded resources");
    boolean viewport =
        elements("meta").stream()
            .anyMatch(m -> m.getAttribute("name").equals("viewport")
                && m.getAttribute("content").contains("width=device-width"));
    assertTrue(viewport);
    assertTrue(html.contains(".shot img{display:block;width:100%;height:auto}"));
    assertTrue(html.contains("max-width:52rem"));
  }

  @Test
  void outlineSectionsAndExpectedResultAreWellFormed() throws Exception {
    Document outlined = parse(HtmlRenderer.render(SampleSop.outlined()));
    assertEquals(List.of("Objective: Send an invoice to a customer.", "Tools: Ledgerly, app.ledgerly.com"),
        textOf(elements(byClass(outlined, "div", "outline").get(0), "p")));
    List<Element> sections = elements(outlined, "section");
    assertEquals(List.of("section-1", "section-2", ""), sections.stream().map(e -> e.getAttribute("id")).toList());
    assertEquals(List.of("1. Billing", "2. Section 2", "Expected result"), textOf(byClass(outlined, "h2", "section")));
    assertEquals(List.of("The invoice shows as sent."), textOf(elements(byClass(outlined, "section", "result").get(0), "p")));
    assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), textOf(byClass(outlined, "span", "num")));
    assertEquals(2, byClass(outlined, "li", "step").stream().filter(li -> li.getParentNode().getParentNode() == sections.get(0))
        .count(), "steps 1 and 2 are in section 1");
  }

  @Test
  void thePrintPageIsTheSameMarkupWithImagesFromElsewhereAndThePageFooterInItsStyle() throws Exception {
    String print = HtmlRenderer.renderForPrint(SampleSop.outlined(), null, shot -> "file:" + shot.path());
    Document printed = parse(print);
    Document screen = parse(HtmlRenderer.render(SampleSop.outlined()));
    assertEquals(textOf(byClass(screen, "li", "step")), textOf(byClass(printed, "li", "step")));
    assertEquals(List.of("file:images/step-01.png", "file:images/step-02.png", "file:images/step-03.png",
        "file:images/step-04.png"), elements(printed, "img").stream().map(i -> i.getAttribute("src")).toList());
    assertEquals(0, elements(printed, "footer").size(), "no links to files next to it");
    assertTrue(print.contains("@bottom-left{content:\"Made by reel2sop 0.1.0 · vosk-model-small-en-us 0.15 · 2025-03-04 10:15 UTC\";"), print);
    assertTrue(print.contains("content:\"Page \" counter(page) \" of \" counter(pages)"), print);
    assertTrue(print.contains(".step{page-break-inside:avoid"), print);
    assertEquals("\"a\\22 b\\5c c\\3c /d\\a \"", HtmlRenderer.cssString("a\"b\\c</d\n"));
    // on paper the highlight is in millimetres of the 160 mm wide screenshot (1440 of 1920 pixels: 120 mm)
    String highlighted = HtmlRenderer.renderForPrint(SampleSop.document(), null, shot -> shot.path());
    assertTrue(highlighted.contains("class=\"highlight\" style=\"left:120mm;top:0mm;width:40mm;height:22.5mm\""),
        highlighted);
  }

  @Test
  void stepTargetIsStrongOnceAsTheScreenSpellsIt() throws Exception {
    Document outlined = parse(HtmlRenderer.render(SampleSop.outlined()));
    List<Element> steps = byClass(outlined, "li", "step");
    List<List<String>> strong = steps.stream()
        .map(li -> textOf(elements(li, "strong")))
        .toList();
    assertEquals(List.of(List.of("Billing"), List.of("Acme"), List.of(SampleSop.HOSTILE_LABEL), List.of()), strong);
    assertEquals("1.2 Type Acme in Customer, then pick Acme.", elements(steps.get(1), "h3").get(0).getTextContent());
  }

  @Test
  void controlCharactersThatXmlCannotHoldAreDropped() {
    assertEquals("ab&lt;c", MarkupText.escape("a\u0000b\u001b<c"));
    assertEquals("&quot;x&#39;", MarkupText.escapeAttribute("\"x'"));
  }

  private static Document parse(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
  }

  private static List<Element> elements(String name) {
    return elements(dom.getDocumentElement(), name);
  }

  private static List<Element> elements(Document document, String name) {
    return elements(document.getDocumentElement(), name);
  }

  private static List<Element> byClass(Document document, String name, String cssClass) {
    return elements(document, name).stream().filter(e -> e.getAttribute("class").equals(cssClass)).toList();
  }

  private static List<Element> elements(Element root, String name) {
    NodeList nodes = root.getElementsByTagNameNS(XHTML, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static List<Element> byClass(String name, String cssClass) {
    return elements(name).stream().filter(e -> e.getAttribute("class").equals(cssClass)).toList();
  }

  private static List<String> textOf(List<Element> elements) {
    return elements.stream().map(Element::getTextContent).toList();
  }
}

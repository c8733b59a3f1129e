package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

class LibraryIndexHtmlTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String AT = "2026-01-02T03:04:05Z";
  private static String html;
  private static Document dom;

  @BeforeAll
  static void render() throws Exception {
    html = LibraryIndexHtml.render(LibrarySamples.library(), AT);
    dom = parse(html);
  }

  @Test
  void isPolyglotHtml5AndSelfContained() {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"" + XHTML + "\""), html);
    assertEquals(XHTML, dom.getDocumentElement().getNamespaceURI());
    assertEquals(1, elements(dom, "style").size());
    assertEquals(0, elements(dom, "link").size());
    assertFalse(html.replace("xmlns=\"" + XHTML, "").contains("http"), "no remote resources");
    assertFalse(html.contains("url("), "no CSS-loaded resources");
    List<Element> scripts = elements(dom, "script");
    assertEquals(2, scripts.size(), "the data and the search, nothing else");
    assertFalse(scripts.get(1).hasAttribute("src"), "inline script");
    boolean viewport =
        elements(dom, "meta").stream()
            .anyMatch(m -> m.getAttribute("content").contains("width=device-width"));
    assertTrue(viewport, "phone viewport");
    assertTrue(html.contains("@media (max-width:34rem)"), "cards stack on a phone");
  }

  @Test
  void cardsAreSortedAndShowTheirFacts() {
    List<Element> cards = byClass(dom, "li", "sop");
    assertEquals(4, cards.size());
    List<String> titles =
        cards.stream()
            .map(c -> c.getElementsByTagNameNS(XHTML, "h2").item(0).getTextContent())
            .toList();
    assertEquals(
        List.of(LibrarySamples.HOSTILE_TITLE, "Archive a lead", "Billing report", "billing report"),
        titles);
    String meta = byClass(dom, "p", "meta").get(2).getTextContent();
    assertEquals("invoice demo.mp4 · 2:05 · 3 steps · updated 2025-03-04", meta);
    assertEquals(
        "reel2sop 0.1.0 · vosk-model-small-en-us 0.15",
        byClass(dom, "p", "by").get(0).getTextContent());
    assertEquals("4 SOPs", byId("count").getTextContent());
    assertTrue(byClass(dom, "p", "none").get(0).hasAttribute("hidden"));
    assertTrue(html.contains("Index generated " + AT), html);
  }

  @Test
  void hostileTitleStaysText() {
    Element link = (Element) elements(dom, "h2").get(0).getElementsByTagNameNS(XHTML, "a").item(0);
    assertEquals(LibrarySamples.HOSTILE_TITLE, link.getTextContent());
    assertTrue(
        html.contains(
            "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \"double\" 'single'</a></h2>"),
        html);
  }

  @Test
  void transcriptCannotEndTheDataScript() throws Exception {
    assertEquals(2, html.split("</script>", -1).length - 1, "only the two real script ends");
    assertFalse(html.contains("<!-- done"));
    String data = byId("library").getTextContent();
    assertFalse(data.contains("<") || data.contains(">") || data.contains("&"), data);
    JsonNode items = new ObjectMapper().readTree(data);
    assertEquals(4, items.size());
    assertEquals(LibrarySamples.HOSTILE_TITLE, items.get(0).get("title").asText());
    assertEquals(LibrarySamples.HOSTILE_TRANSCRIPT, items.get(0).get("transcript").asText());
    assertEquals("Open the Billing page", items.get(0).get("steps").get(0).asText());
    assertEquals("first archive the lead", items.get(1).get("transcript").asText());
  }

  @Test
  void linksAndThumbnailsAreRelative() {
    List<String> hrefs = new ArrayList<>();
    for (Element a : elements(dom, "a")) {
      hrefs.add(a.getAttribute("href"));
    }
    assertEquals(
        List.of(
            "hostile/sop.html",
            "hostile/sop.html",
            "hostile/sop.pdf",
            "beta/sop.html",
            "beta/sop.html",
            "beta/sop.pdf",
            "alpha/sop.html",
            "alpha/sop.html",
            "alpha/sop.pdf",
            "zeta/sop.html",
            "zeta/sop.html",
            "zeta/sop.pdf",
            "index.json"),
        hrefs);
    List<String> images = elements(dom, "img").stream().map(i -> i.getAttribute("src")).toList();
    assertEquals(
        List.of(
            "hostile/images/step-01.png", "beta/images/step-01.png",
            "alpha/images/step-01.png", "zeta/images/step-01.png"),
        images);
  }

  @Test
  void oddFolderNamesArePercentEncodedIntoOnePath() throws Exception {
    IndexEntry odd = LibrarySamples.entry("javascript:alert(1) #1 ä", "Odd", "words");
    Document page = parse(LibraryIndexHtml.render(List.of(odd), AT));
    assertEquals(
        "javascript%3Aalert%281%29%20%231%20%C3%A4/sop.html",
        elements(page, "a").get(0).getAttribute("href"));
    assertEquals(
        "javascript%3Aalert%281%29%20%231%20%C3%A4/images/step-01.png",
        elements(page, "img").get(0).getAttribute("src"));
    assertEquals("1 SOP", byId(page, "count").getTextContent());
  }

  @Test
  void sopWithoutScreenshotsGetsAPlaceholder() throws Exception {
    IndexEntry bare =
        IndexEntry.of(
            "bare",
            new io.reel2sop.model.SopDocument(
                1, null, null, "Bare", null, List.of(), List.of(), null));
    Document page = parse(LibraryIndexHtml.render(List.of(bare), AT));
    assertEquals(0, elements(page, "img").size());
    assertEquals("No screenshot", byClass(page, "div", "thumb").get(0).getTextContent());
    assertEquals("0:00 · 0 steps", byClass(page, "p", "meta").get(0).getTextContent());
  }

  @Test
  void emptyLibraryIsAFriendlyPage() throws Exception {
    String empty = LibraryIndexHtml.render(List.of(), AT);
    Document page = parse(empty);
    assertTrue(byClass(page, "p", "empty").get(0).getTextContent().startsWith("No SOPs here yet."));
    assertEquals(0, elements(page, "input").size());
    assertEquals(0, elements(page, "script").size());
    assertEquals(0, elements(page, "li").size());
  }

  @Test
  void longTranscriptsAreCutAtAWordForTheSearchData() {
    String words = "alpha beta gamma ".repeat(2_000).strip();
    assertTrue(words.length() > LibraryIndexHtml.SEARCHED_TRANSCRIPT_CHARS);
    String cut = LibraryIndexHtml.cutAtWord(words, LibraryIndexHtml.SEARCHED_TRANSCRIPT_CHARS);
    assertTrue(cut.length() <= LibraryIndexHtml.SEARCHED_TRANSCRIPT_CHARS);
    assertTrue(words.startsWith(cut + " "));
    assertEquals("ab", LibraryIndexHtml.cutAtWord("ab😀", 3), "no half surrogate pair");
    assertEquals("short", LibraryIndexHtml.cutAtWord("short", 10));
  }

  @Test
  void scriptSafeJsonEscapesMarkupAndDropsWhatXmlCannotHold() {
    assertEquals(
        "\"\\u003c/script\\u003e \\u0026 x\"", LibraryIndexHtml.scriptSafe("\"</script> & x\""));
    assertEquals("\"ab\"", LibraryIndexHtml.scriptSafe("\"a\uD800b\""));
  }

  private static Document parse(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  private static Element byId(String id) {
    return byId(dom, id);
  }

  private static Element byId(Document page, String id) {
    return elements(page, "*").stream()
        .filter(e -> e.getAttribute("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<Element> elements(Document page, String name) {
    NodeList nodes = page.getElementsByTagNameNS(XHTML, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static List<Element> byClass(Document page, String name, String cssClass) {
    return elements(page, name).stream()
        .filter(e -> e.getAttribute("class").equals(cssClass))
        .toList();
  }
}

package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.change.SopDiff;
import io.reel2sop.edit.EditApplier;
import io.reel2sop.edit.EditsFile;
import io.reel2sop.edit.ReviewedSopAccess;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A SOP a reviewer edited, as every rendering shows it, and its change summary. */
class ReviewedRenderingTest {
  private static final String NOTE = "The button is top right.";
  private static final String WARNING = "Saving sends the lead to sales.";

  private static SopDocument edited() throws Exception {
    return EditApplier.apply(ReviewedSopAccess.generated(),
        EditsFile.parse(ReviewedSopAccess.everyEdit().getBytes(StandardCharsets.UTF_8), "edits.json"));
  }

  @Test
  void htmlShowsNotesWarningsEditsAndWhatNeedsReview() throws Exception {
    Document page = parse(HtmlRenderer.render(edited()));
    assertEquals(List.of("Warning: " + WARNING), texts(page, "p", "warning"));
    assertEquals(List.of("Note: " + NOTE), texts(page, "p", "note"));
    assertEquals("Edited by a reviewer: note added, screenshot moved to 0:04", texts(page, "p", "edited").get(0));
    List<String> review = texts(page, "div", "review");
    assertEquals(1, review.size());
    assertTrue(review.get(0).contains("1 edit in edits.json found no step in this version of the SOP"), review.get(0));
    assertTrue(review.get(0).contains("reword step \u201cClick Export.\u201d at 0:40"), review.get(0));
    assertEquals("Create a lead in Acme CRM", page.getElementsByTagName("h1").item(0).getTextContent());
  }

  @Test
  void markdownAndWebVttShowThemToo() throws Exception {
    SopDocument sop = edited();
    String md = MarkdownRenderer.render(sop);
    assertTrue(md.contains("> **Needs review:** 1 edit in edits.json found no step"), md);
    assertTrue(md.contains("**Warning:** " + WARNING), md);
    assertTrue(md.contains("**Note:** " + NOTE), md);
    assertTrue(md.contains("### 2.2. Click Save to store the lead."), md);
    String vtt = WebVttRenderer.render(sop);
    assertTrue(vtt.contains("\nNOTE Step 2.2: Click Save to store the lead.\nWarning: " + WARNING + "\n"), vtt);
    assertTrue(vtt.contains("\nNOTE Step 1.1: Click New Lead.\nNote: " + NOTE + "\n"), vtt);
    assertTrue(vtt.indexOf("NOTE Step 1.1") < vtt.indexOf("NOTE Step 2.2"));
  }

  @Test
  void anEditedSopReadsBackAndAnOldOneReadsAsUnedited() throws Exception {
    SopDocument sop = edited();
    assertEquals(sop, SopJson.read(SopJson.write(sop)));
    String old = SopJson.write(ReviewedSopAccess.generated())
        .replaceAll(",\\s*\"notes\": \\[\\s*\\],\\s*\"warnings\": \\[\\s*\\],\\s*\"edits\": \\[\\s*\\]", "")
        .replaceAll(",\\s*\"edits\": null", "");
    assertTrue(!old.contains("\"notes\"") && !old.contains("\"edits\""), old);
    SopDocument read = SopJson.read(old);
    assertNull(read.edits());
    assertEquals(List.of(), read.steps().get(0).notes());
    assertEquals(ReviewedSopAccess.generated(), read);
  }

  @Test
  void theChangePageAndTheIndexSayWhatChanged(@TempDir Path root) throws Exception {
    SopDocument generated = ReviewedSopAccess.generated();
    SopDocument sop = edited();
    SopChanges changes = SopDiff.between(generated, sop, false, "2026-02-01T10:00:00Z");
    assertEquals(changes, ChangesJson.read(ChangesJson.write(changes)));
    Document page = parse(ChangesHtml.render(changes, sop.title()));
    String text = page.getDocumentElement().getTextContent();
    assertTrue(text.contains("Press Save.") && text.contains("Click Save to store the lead."), text);
    assertTrue(text.contains("rendered again after the reviewer\u2019s edits"), text);
    assertEquals(1, texts(page, "div", "orphaned").size());

    Path lead = Files.createDirectories(root.resolve("lead"));
    Files.writeString(lead.resolve("sop.json"), SopJson.write(sop));
    Files.writeString(lead.resolve("changes.json"), ChangesJson.write(changes));
    Path other = Files.createDirectories(root.resolve("other"));
    Files.writeString(other.resolve("sop.json"), SopJson.write(generated));

    List<IndexEntry> thisRun = LibraryScan.of(root, "2026-02-01T09:00:00Z").entries();
    IndexEntry marked = thisRun.stream().filter(e -> e.sopPath().equals("lead")).findFirst().orElseThrow();
    assertEquals(new IndexEntry.Change("2026-02-01T10:00:00Z", changes.summary(), "lead/changes.html"), marked.changed());
    assertNull(thisRun.stream().filter(e -> e.sopPath().equals("other")).findFirst().orElseThrow().changed());
    assertTrue(LibraryIndexHtml.render(thisRun, "2026-02-01T11:00:00Z").contains(">Changed in the last run</a>: "
        + MarkupText.escape(changes.summary())));
    assertTrue(LibraryScan.of(root, "2026-02-01T10:30:00Z").entries().stream().allMatch(e -> e.changed() == null),
        "a change before the run started is not the last run's");

    Document sopPage = parse(SopFiles.texts(sop, generated, changes).get("sop.html"));
    assertEquals(List.of("What changed from the previous version: " + changes.summary() + " \u00b7 details"),
        texts(sopPage, "p", "changes"));
    assertTrue(texts(parse(SopFiles.texts(sop, generated, null).get("sop.html")), "p", "changes").isEmpty(),
        "a first SOP replaced nothing");
  }

  private static Document parse(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
  }

  private static List<String> texts(Document page, String tag, String cssClass) {
    NodeList nodes = page.getElementsByTagName(tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.getAttribute("class").equals(cssClass)) {
        out.add(e.getTextContent().strip().replaceAll("\\s+", " "));
      }
    }
    return out;
  }
}

package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexEntryTest {

  @Test
  void takesWhatTheIndexShowsAndSearchesFromTheSop() {
    IndexEntry entry = IndexEntry.of("billing--invoice", SampleSop.document());
    assertEquals("billing--invoice", entry.sopPath());
    assertEquals("Create & send an invoice", entry.title());
    assertEquals("file:///data/recordings/invoice%20demo.mp4", entry.recordingUri());
    assertEquals(125.5, entry.durationSeconds());
    assertEquals(3, entry.steps());
    assertEquals(
        List.of("Open the Billing page", "Click *New invoice*", SampleSop.UNICODE_INSTRUCTION),
        entry.stepInstructions());
    assertEquals(
        "first open the billing page now word0 word1 word2 <b>& word4",
        entry.transcriptText().substring(0, 60));
    assertEquals("billing--invoice/images/step-01.png", entry.thumbnail());
    assertEquals("billing--invoice/sop.html", entry.page());
    assertEquals(
        new IndexEntry.ProducedBy("0.1.0", "vosk-model-small-en-us", "0.15"), entry.producedBy());
    assertEquals("2025-03-04T10:15:30Z", entry.updated());
  }

  @Test
  void thumbnailIsTheFirstScreenshotAndPathsLoseStraySlashes() {
    List<Step> steps = SampleSop.steps();
    Step first = steps.get(0);
    Step blind =
        new Step(1, first.instruction(), first.narration(), 0, 1, null, null, first.confidence());
    SopDocument sop = SampleSop.withSteps(List.of(blind, steps.get(1)));
    assertEquals("a/images/step-02.png", IndexEntry.of("/a/", sop).thumbnail());
    assertEquals("a/sop.html", IndexEntry.of("a/", sop).page());

    SopDocument none = SampleSop.withSteps(List.of(blind));
    assertNull(IndexEntry.of("a", none).thumbnail());
    Step shot = new Step(1, null, null, 0, 1, new Screenshot("images\\step-01.png", 0), null, 1);
    IndexEntry windows = IndexEntry.of("a", SampleSop.withSteps(List.of(shot)));
    assertEquals("a/images/step-01.png", windows.thumbnail());
    assertEquals(List.of(""), windows.stepInstructions());
  }

  @Test
  void missingPartsGiveEmptyValuesAndTheFolderStandsInForATitle() {
    SopDocument bare = new SopDocument(1, null, null, " ", null, List.of(), List.of(), null);
    IndexEntry entry = IndexEntry.of("silent", bare);
    assertEquals("silent", entry.title());
    assertNull(entry.recordingUri());
    assertEquals(0.0, entry.durationSeconds());
    assertEquals(0, entry.steps());
    assertEquals("", entry.transcriptText());
    assertNull(entry.thumbnail());
    assertNull(entry.producedBy());
    assertNull(entry.updated());
    assertThrows(IllegalArgumentException.class, () -> IndexEntry.of(" ", bare));
  }

  @Test
  void orderIsTitleIgnoringCaseThenTitleThenFolder() {
    List<String> order =
        LibrarySamples.library().stream()
            .sorted(IndexEntry.ORDER)
            .map(e -> e.title() + " @" + e.sopPath())
            .toList();
    assertEquals(
        List.of(
            LibrarySamples.HOSTILE_TITLE + " @hostile",
            "Archive a lead @beta",
            "Billing report @alpha",
            "billing report @zeta"),
        order);
  }
}

package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Screenshot;
import io.reel2sop.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final String md = MarkdownRenderer.render(SampleSop.document());

  @Test
  void startsWithTitleSummaryAndRecordingFacts() {
    String[] lines = md.split("\n");
    assertEquals("# Create \\& send an invoice", lines[0]);
    assertEquals("How to create an invoice for a customer and send it by e-mail.", lines[2]);
    assertTrue(lines[4].startsWith("*Owner: Finance team · Tags: billing, how-to · Recording: invoice demo.mp4 · Duration: 2:05 · "), lines[4]);
    assertTrue(lines[4].contains("Resolution: 1920×1080"), lines[4]);
    assertTrue(lines[4].contains("Produced by: reel2sop 0.1.0"), lines[4]);
  }

  @Test
  void stepsHaveHeadingTimeScreenshotAndQuotedNarration() {
    assertTrue(
        md.contains(
            "\n### 1. Open the Billing page\n\n*0:02–0:06*\n\n![Step 1](images/step-01.png)\n\n"
                + "> First open the billing page from the menu on the left.\n"),
        md);
    assertTrue(md.contains("\n### 3. " + SampleSop.UNICODE_INSTRUCTION + "\n"), md);
  }

  @Test
  void userTextIsEscaped() {
    assertTrue(md.contains("### 2. Click \\*New invoice\\*\n"), md);
    assertTrue(md.contains("> \\<script\\>alert(\"x\")\\</script\\> \\& 'quotes'\n"), md);
    assertFalse(md.contains("<script>"));
  }

  @Test
  void textCannotStartBlocksOrBreakLines() {
    assertEquals("2024\\. was good", MarkdownRenderer.inline("2024. was good"));
    assertEquals("\\- not a list", MarkdownRenderer.inline("- not a list"));
    assertEquals("\\# not a heading", MarkdownRenderer.inline("# not a heading"));
    assertEquals("one line \\[link\\](x)", MarkdownRenderer.inline("one\n\nline [link](x)"));
  }

  @Test
  void outlineHasObjectiveToolsSectionsAndExpectedResult() {
    String outlined = MarkdownRenderer.render(SampleSop.outlined());
    assertTrue(outlined.contains("\n**Objective:** Send an invoice to a customer.\n\n**Tools:** Ledgerly, app.ledgerly.com\n"),
        outlined);
    assertTrue(outlined.contains("\n## 1. Billing\n\n### 1.1. Open the **Billing** page.\n\n*0:02–0:04*\n"), outlined);
    assertTrue(outlined.contains("\n## 2. Section 2\n\n### 2.1. "), "an untitled section is numbered:\n" + outlined);
    assertTrue(outlined.endsWith("\n## Expected result\n\nThe invoice shows as sent.\n\n---\n\n"
        + "Full transcript: [transcript.vtt](transcript.vtt)\n"), outlined);
    assertFalse(outlined.contains("## Steps"), "sections replace the single list");
  }

  @Test
  void stepTargetIsBoldOnceAsTheScreenSpellsIt() {
    String outlined = MarkdownRenderer.render(SampleSop.outlined());
    assertTrue(outlined.contains("\n### 1.2. Type **Acme** in Customer, then pick Acme.\n"), outlined);
    assertTrue(outlined.contains("\n### 2.1. Click **Send \\<now\\> \\& \"go\"** to send it.\n"), outlined);
    assertTrue(outlined.contains("\n### 2.2. Confirm the dialog.\n"), "a target not spelled in the instruction");
    assertEquals(2 * 5, outlined.split("\\*\\*", -1).length - 1, "bold: Objective, Tools and three targets once each");
  }

  @Test
  void awkwardImagePathsStayOneLinkDestination() {
    Step step =
        new Step(1, "Go", "", 0, 1, new Screenshot("images/step (1).png", 0.5), null, 1.0);
    String rendered = MarkdownRenderer.render(SampleSop.withSteps(List.of(step)));
    assertTrue(rendered.contains("![Step 1](images/step%20%281%29.png)\n"), rendered);
    assertFalse(rendered.contains("\n> "), "empty narration gives no quote");
  }
}

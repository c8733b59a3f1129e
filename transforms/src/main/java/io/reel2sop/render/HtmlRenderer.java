package io.reel2sop.render;

import static io.reel2sop.render.MarkupText.escape;
import static io.reel2sop.render.MarkupText.escapeAttribute;

import io.reel2sop.model.Region;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code sop.html}: one self-contained page (inline CSS, no scripts, no external resources) that
 * opens from disk with the screenshots next to it, reads well on a phone, and is polyglot
 * HTML5/XHTML, i.e. also well-formed XML. A step's highlight is a box positioned in percentages of
 * the recording's frame, so it stays on target however the screenshot is scaled.
 *
 * <p>{@link #renderForPrint} is the same document laid out for paper ({@code sop.pdf}): the same
 * markup with a print style sheet, so whatever the page shows, the PDF shows too.
 */
public final class HtmlRenderer {

  private static final String CSS =
      """
      *{box-sizing:border-box}
      body{margin:0;background:#f6f7f9;color:#1d2330;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
      .page{max-width:52rem;margin:0 auto;padding:1.25rem 1rem 3rem}
      header{border-bottom:1px solid #d9dde4;margin-bottom:1.5rem;padding-bottom:1rem}
      h1{font-size:1.7rem;line-height:1.25;margin:.5rem 0}
      .summary{font-size:1.05rem;color:#3a4252;margin:.5rem 0 1rem}
      .facts{display:flex;flex-wrap:wrap;gap:.35rem 1.5rem;margin:0;font-size:.85rem;color:#5b6475}
      .facts div{display:flex;gap:.35rem}
      .facts dt{font-weight:600}
      .facts dd{margin:0;overflow-wrap:anywhere}
      .outline{margin:0 0 1.25rem}
      .outline p{margin:.25rem 0}
      h2.section{font-size:1.3rem;margin:1.75rem 0 .75rem}
      .result{background:#eef7f1;border:1px solid #cfe6d8;border-radius:10px;padding:.75rem 1rem}
      ol.steps{list-style:none;margin:0;padding:0}
      .step{background:#fff;border:1px solid #e1e4ea;border-radius:10px;padding:1rem;margin:0 0 1.25rem}
      .step h3{display:flex;gap:.6rem;align-items:baseline;font-size:1.2rem;line-height:1.3;margin:0 0 .25rem}
      .num{flex:none;display:inline-block;min-width:1.8rem;padding:0 .4rem;border-radius:999px;background:#1d2330;color:#fff;text-align:center;font-size:.95rem}
      .time{margin:0 0 .75rem;font-size:.85rem;color:#5b6475;font-variant-numeric:tabular-nums}
      .shot{position:relative;margin:0 0 .75rem;border:1px solid #e1e4ea;border-radius:6px;overflow:hidden;line-height:0}
      .shot img{display:block;width:100%;height:auto}
      .highlight{position:absolute;border:3px solid #e5383b;border-radius:4px;box-shadow:0 0 0 2px rgba(255,255,255,.7)}
      .narration{margin:0;padding:.25rem 0 .25rem .9rem;border-left:3px solid #c7ccd6;color:#3a4252;font-style:italic}
      .narration p{margin:0}
      .note,.warning,.review{border-radius:8px;padding:.5rem .8rem;margin:.6rem 0 0}
      .note{background:#eef4fb;border:1px solid #c9dcf2}
      .warning{background:#fff4e5;border:1px solid #f0c987}
      .review{background:#fdecec;border:1px solid #eeb4b4;margin:0 0 1.25rem}
      .review ul{margin:.25rem 0 0;padding-left:1.2rem}
      .edited{font-size:.8rem;color:#5b6475}
      .changes{background:#fff4e5;border:1px solid #f0c987;border-radius:8px;padding:.5rem .8rem;margin:0 0 1.25rem}
      footer{margin-top:2rem;font-size:.8rem;color:#7a8294}
      footer a{color:inherit}
      @media print{body{background:#fff}.step{break-inside:avoid;border:none;padding:0}}
      """;

  /**
   * The page on paper: one font that travels with the renderer (PDFBox's Liberation Sans; a bare
   * machine has none), a step never split over two pages, and a footer on every page with the
   * page number and what made the SOP ({@code {producedBy}}: that text as a CSS string).
   */
  private static final String PRINT_CSS =
      """
      @page{size:A4;margin:16mm 15mm 18mm;
        @bottom-left{content:{producedBy};font:8pt "Liberation Sans";color:#5b6475}
        @bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt "Liberation Sans";color:#5b6475}}
      *{box-sizing:border-box}
      body{margin:0;color:#1d2330;font:10.5pt/1.45 "Liberation Sans"}
      header{border-bottom:1px solid #d9dde4;margin-bottom:12pt;padding-bottom:8pt}
      h1{font-size:19pt;line-height:1.25;margin:0 0 6pt}
      .summary{font-size:11pt;color:#3a4252;margin:4pt 0 8pt}
      .facts{margin:0;font-size:8.5pt;color:#5b6475}
      .facts div{display:inline-block;margin:0 14pt 2pt 0}
      .facts dt{display:inline;color:#1d2330}
      .facts dd{display:inline;margin:0 0 0 4pt}
      .outline{margin:0 0 10pt}
      .outline p{margin:2pt 0}
      h2.section{font-size:14pt;margin:14pt 0 8pt;page-break-after:avoid}
      .result{border:1px solid #cfe6d8;background:#eef7f1;padding:6pt 10pt;page-break-inside:avoid}
      ol.steps{list-style:none;margin:0;padding:0}
      .step{page-break-inside:avoid;border-top:1px solid #d9dde4;padding:6pt 0 0;margin:0 0 12pt}
      .step h3{font-size:12pt;line-height:1.3;margin:0 0 2pt}
      .num{display:inline-block;padding:0 5pt;margin-right:4pt;background:#1d2330;color:#fff}
      .time{margin:0 0 6pt;font-size:8.5pt;color:#5b6475}
      .shot{position:relative;width:{shotWidth};margin:0 0 6pt;line-height:0}
      .shot img{display:block;width:{shotWidth}}
      .highlight{position:absolute;border:2pt solid #e5383b}
      .narration{margin:0;padding:1pt 0 1pt 8pt;border-left:2pt solid #c7ccd6;color:#3a4252;font-size:9.5pt}
      .narration p{margin:0}
      strong{color:#1a56b0}
      """;

  /** The width of a screenshot on paper: two 16:9 steps fit on an A4 page. */
  static final double PRINT_SHOT_MM = 160;

  /**
   * How one medium lays out the document: its style sheet, where images come from, whether it
   * links to the other pages (the change details, the footer's links), and the screenshots' width in millimetres on paper (0: as wide as the page, which
   * scales them; highlights are then placed in percentages).
   */
  private record Medium(String css, Function<Screenshot, String> imageSource, boolean links, double shotMm) {}

  private HtmlRenderer() {}

  public static String render(SopDocument document) {
    return render(document, (SopChanges) null);
  }

  /**
   * The page of a SOP that replaced another: under its header, what changed from the previous
   * version in one line and a link to {@code changes.html}. {@code changes} null: a first SOP.
   */
  public static String render(SopDocument document, SopChanges changes) {
    return render(document, changes, new Medium(CSS, Screenshot::path, true, 0));
  }

  /**
   * The page for paper, as well-formed XHTML: images from {@code imageSource} (a URI the PDF
   * renderer resolves), what changed from the previous version (no link; {@code changes} null for
   * a first SOP), and in every page's footer "Page X of Y" and the reel2sop version, model and time
   * that made the SOP.
   */
  public static String renderForPrint(SopDocument document, SopChanges changes,
      Function<Screenshot, String> imageSource) {
    String css = PRINT_CSS.replace("{producedBy}", cssString(producedBy(document)))
        .replace("{shotWidth}", millimetres(PRINT_SHOT_MM));
    return render(document, changes, new Medium(css, imageSource, false, PRINT_SHOT_MM));
  }

  /** {@code Made by reel2sop 0.4.0 · vosk-model-en 0.3.45 · 2026-12-03 10:15 UTC}. */
  static String producedBy(SopDocument document) {
    SopDocument.ProducedBy by = document.producedBy();
    if (by == null) {
      return "Made by reel2sop";
    }
    StringBuilder text = new StringBuilder("Made by reel2sop ").append(by.version());
    if (by.model() != null) {
      text.append(" · ").append(by.model().name()).append(' ').append(by.model().version());
    }
    if (by.createdAt() != null && by.createdAt().length() >= 16) {
      text.append(" · ").append(by.createdAt(), 0, 10).append(' ').append(by.createdAt(), 11, 16).append(" UTC");
    }
    return text.toString();
  }

  /**
   * A CSS string literal of {@code text}: quoted, with quotes, backslashes, line breaks and markup
   * characters escaped (it goes in a style element).
   */
  static String cssString(String text) {
    StringBuilder css = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
        css.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        css.appendCodePoint(c);
      }
    });
    return css.append('"').toString();
  }

  private static String render(SopDocument document, SopChanges changes, Medium medium) {
    StringBuilder html = new StringBuilder(16_384);
    String language = pageLanguage(document);
    html.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(escapeAttribute(language))
        .append("\" xml:lang=\"")
        .append(escapeAttribute(language))
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(escape(document.title()))
        .append("</title>\n<style>\n")
        .append(medium.css())
        .append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    appendHeader(html, document);
    if (changes != null) {
      html.append("<p class=\"changes\" id=\"what-changed\"><strong>What changed from the previous version:</strong> ")
          .append(escape(changes.summary()));
      if (medium.links()) {
        html.append(" \u00b7 <a href=\"").append(SopFiles.CHANGES_PAGE).append("\">details</a>");
      }
      html.append("</p>\n");
    }
    html.append("<main>\n");
    appendNeedsReview(html, document);
    appendOutline(html, document);
    if (document.sections().isEmpty()) {
      appendSteps(html, document.steps(), document.recording(), medium);
    } else {
      for (SopDocument.Section section : document.sections()) {
        html.append("<section id=\"section-").append(section.number()).append("\">\n<h2 class=\"section\">")
            .append(section.number()).append(". ").append(escape(SopOutlineText.title(section))).append("</h2>\n");
        appendSteps(html, SopOutlineText.stepsOf(document, section), document.recording(), medium);
        html.append("</section>\n");
      }
    }
    if (document.expectedResult() != null) {
      html.append("<section class=\"result\">\n<h2 class=\"section\">Expected result</h2>\n<p>")
          .append(escape(document.expectedResult())).append("</p>\n</section>\n");
    }
    html.append("</main>\n");
    if (medium.links()) {
      appendFooter(html, document);
    }
    html.append("</div>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void appendHeader(StringBuilder html, SopDocument document) {
    html.append("<header>\n<h1>").append(escape(document.title())).append("</h1>\n");
    if (document.summary() != null && !document.summary().isBlank()) {
      html.append("<p class=\"summary\">").append(escape(document.summary())).append("</p>\n");
    }
    html.append("<dl class=\"facts\">\n");
    for (RecordingFacts.Fact fact : RecordingFacts.of(document)) {
      html.append("<div><dt>")
          .append(escape(fact.label()))
          .append("</dt><dd>")
          .append(escape(fact.value()))
          .append("</dd></div>\n");
    }
    html.append("</dl>\n</header>\n");
  }

  /** The reviewer's edits that found no step, for someone to look at. */
  private static void appendNeedsReview(StringBuilder html, SopDocument document) {
    if (document.edits() == null || document.edits().orphaned().isEmpty()) {
      return;
    }
    html.append("<div class=\"review\" id=\"needs-review\">\n<strong>Needs review:</strong> ")
        .append(escape(SopOutlineText.orphanedIntro(document))).append("\n<ul>\n");
    for (SopDocument.EditResult orphan : document.edits().orphaned()) {
      html.append("<li>").append(escape(SopOutlineText.orphan(orphan))).append("</li>\n");
    }
    html.append("</ul>\n</div>\n");
  }

  private static void appendOutline(StringBuilder html, SopDocument document) {
    if (document.objective() == null && document.tools().isEmpty()) {
      return;
    }
    html.append("<div class=\"outline\">\n");
    if (document.objective() != null) {
      html.append("<p><strong>Objective:</strong> ").append(escape(document.objective())).append("</p>\n");
    }
    if (!document.tools().isEmpty()) {
      html.append("<p><strong>Tools:</strong> ").append(escape(SopOutlineText.tools(document))).append("</p>\n");
    }
    html.append("</div>\n");
  }

  private static void appendSteps(
      StringBuilder html, List<Step> steps, SopDocument.RecordingInfo recording, Medium medium) {
    html.append("<ol class=\"steps\">\n");
    steps.forEach(step -> appendStep(html, step, recording, medium));
    html.append("</ol>\n");
  }

  /** The instruction with the element it names in bold, as the screen spells it. */
  private static String instruction(Step step) {
    int at = SopOutlineText.targetAt(step);
    if (at < 0) {
      return escape(step.instruction());
    }
    String text = step.instruction();
    int end = at + step.target().label().length();
    return escape(text.substring(0, at)) + "<strong>" + escape(text.substring(at, end)) + "</strong>"
        + escape(text.substring(end));
  }

  private static void appendStep(
      StringBuilder html, Step step, SopDocument.RecordingInfo recording, Medium medium) {
    html.append("<li class=\"step\" id=\"step-").append(step.index()).append("\">\n")
        .append("<h3><span class=\"num\">").append(escape(step.number())).append("</span> <span>")
        .append(instruction(step))
        .append("</span></h3>\n<p class=\"time\">")
        .append(escape(TimeFormat.range(step.start(), step.end())))
        .append("</p>\n");
    if (step.screenshot() != null) {
      html.append("<figure class=\"shot\"><img src=\"")
          .append(escapeAttribute(medium.imageSource().apply(step.screenshot())))
          .append("\" alt=\"")
          .append(escapeAttribute("Screenshot of step " + step.index() + " at "
              + TimeFormat.minutesSeconds(step.screenshot().time())))
          .append("\"/>");
      appendHighlight(html, step.highlight(), recording, medium.shotMm());
      html.append("</figure>\n");
    }
    if (step.narration() != null && !step.narration().isBlank()) {
      html.append("<blockquote class=\"narration\"><p>")
          .append(escape(step.narration().strip()))
          .append("</p></blockquote>\n");
    }
    step.warnings().forEach(w -> html.append("<p class=\"warning\"><strong>Warning:</strong> ").append(escape(w))
        .append("</p>\n"));
    step.notes().forEach(n -> html.append("<p class=\"note\"><strong>Note:</strong> ").append(escape(n))
        .append("</p>\n"));
    if (!step.edits().isEmpty()) {
      html.append("<p class=\"edited\">Edited by a reviewer: ").append(escape(String.join(", ", step.edits())))
          .append("</p>\n");
    }
    html.append("</li>\n");
  }

  /**
   * The highlight box over the screenshot: in percentages of the frame, or on paper in millimetres
   * ({@code shotMm} wide), since a PDF renderer cannot take a percentage of the picture's height.
   */
  private static void appendHighlight(
      StringBuilder html, Region highlight, SopDocument.RecordingInfo recording, double shotMm) {
    boolean frameKnown = recording != null && recording.width() > 0 && recording.height() > 0;
    if (highlight == null || !frameKnown) {
      return;
    }
    int w = recording.width();
    int h = recording.height();
    html.append("<div class=\"highlight\" style=\"");
    if (shotMm > 0) {
      double mmPerPixel = shotMm / w;
      html.append("left:").append(millimetres(mmPerPixel * clamp(highlight.x(), w)))
          .append(";top:").append(millimetres(mmPerPixel * clamp(highlight.y(), h)))
          .append(";width:").append(millimetres(mmPerPixel * clamp(highlight.width(), w)))
          .append(";height:").append(millimetres(mmPerPixel * clamp(highlight.height(), h)));
    } else {
      html.append("left:").append(percent(highlight.x(), w))
          .append(";top:").append(percent(highlight.y(), h))
          .append(";width:").append(percent(highlight.width(), w))
          .append(";height:").append(percent(highlight.height(), h));
    }
    html.append("\"></div>");
  }

  private static int clamp(int pixels, int of) {
    return Math.max(0, Math.min(of, pixels));
  }

  /** {@code 12.5mm}, at most two decimals. */
  static String millimetres(double mm) {
    return String.format(Locale.ROOT, "%.2f", mm).replaceAll("\\.?0+$", "") + "mm";
  }

  /** {@code 12.5%}, clamped to the frame, at most three decimals. */
  static String percent(int pixels, int of) {
    double value = Math.max(0, Math.min(100, 100.0 * pixels / of));
    String text = String.format(Locale.ROOT, "%.3f", value).replaceAll("\\.?0+$", "");
    return text + "%";
  }

  private static void appendFooter(StringBuilder html, SopDocument document) {
    html.append("<footer>\n<p>");
    if (document.transcript() != null && !document.transcript().words().isEmpty()) {
      html.append("<a href=\"transcript.vtt\">Full transcript (WebVTT)</a> · ");
    }
    html.append("<a href=\"sop.json\">sop.json</a> · schema version ")
        .append(document.schemaVersion())
        .append("</p>\n</footer>\n");
  }

  private static String pageLanguage(SopDocument document) {
    String language = document.transcript() == null ? null : document.transcript().language();
    return language == null || language.isBlank() || language.equals("und") ? "en" : language;
  }
}

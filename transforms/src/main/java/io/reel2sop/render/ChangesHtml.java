package io.reel2sop.render;

import static io.reel2sop.render.MarkupText.escape;

import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import java.util.List;

/**
 * {@code changes.html}: the change summary as a page a person reads next to {@code sop.html}: what
 * produced the previous and the new SOP, then the title, steps added, removed and reworded,
 * screenshots moved, and the reviewer's edits applied and orphaned. Polyglot HTML5/XHTML like the
 * SOP page, no scripts.
 */
public final class ChangesHtml {
  private static final String CSS =
      """
      body{margin:0;background:#f6f7f9;color:#1d2330;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
      .page{max-width:52rem;margin:0 auto;padding:1.25rem 1rem 3rem}
      h1{font-size:1.6rem;margin:.5rem 0}
      h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
      ul{margin:0;padding-left:1.3rem}
      .by{color:#5b6475;font-size:.9rem}
      .before{color:#9b2c2c;text-decoration:line-through}
      .after{color:#1f6f43}
      .orphaned{background:#fdecec;border:1px solid #eeb4b4;border-radius:8px;padding:.5rem .8rem}
      """;

  private ChangesHtml() {}

  /** {@code title}: the SOP's title now. */
  public static String render(SopChanges changes, String title) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape("What changed: " + title)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<div class=\"page\">\n")
        .append("<p><a href=\"sop.html\">\u2190 ").append(escape(title)).append("</a></p>\n")
        .append("<h1>What changed</h1>\n<p>").append(escape(changes.summary()))
        .append(changes.reanalysed() ? " (the recording was analysed again)" : " (rendered again after the reviewer\u2019s edits)")
        .append("</p>\n<p class=\"by\">Previous: ").append(escape(producedBy(changes.previous())))
        .append("<br/>Now: ").append(escape(producedBy(changes.current()))).append("</p>\n");
    if (changes.title() != null) {
      html.append("<h2>Title</h2>\n<p><span class=\"before\">").append(escape(changes.title().before()))
          .append("</span> \u2192 <span class=\"after\">").append(escape(changes.title().after())).append("</span></p>\n");
    }
    list(html, "Steps added", changes.added().stream().map(ChangesHtml::step).toList());
    list(html, "Steps removed", changes.removed().stream().map(ChangesHtml::step).toList());
    list(html, "Steps reworded", changes.reworded().stream()
        .map(r -> escape(r.number() + " (" + TimeFormat.minutesSeconds(r.start()) + "): ") + "<span class=\"before\">"
            + escape(r.before()) + "</span> \u2192 <span class=\"after\">" + escape(r.after()) + "</span>")
        .toList());
    list(html, "Screenshots moved", changes.screenshotMoved().stream()
        .map(m -> escape(m.number() + " " + m.instruction() + ": from " + TimeFormat.minutesSeconds(m.from()) + " to "
            + TimeFormat.minutesSeconds(m.to())))
        .toList());
    if (!changes.editsOrphaned().isEmpty()) {
      html.append("<div class=\"orphaned\">\n");
      list(html, "Edits that found no step (need review)", changes.editsOrphaned().stream()
          .map(o -> escape(SopOutlineText.orphan(o))).toList());
      html.append("</div>\n");
    }
    list(html, "Edits applied", changes.editsApplied().stream()
        .map(e -> escape(e.edit() + (e.step() == null ? "" : " (now step " + e.step() + ")"))).toList());
    html.append("</div>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String step(SopChanges.StepRef step) {
    return escape(step.number() + " (" + TimeFormat.minutesSeconds(step.start()) + "): " + step.instruction());
  }

  /** A heading and its items (already escaped); nothing when there are none. */
  private static void list(StringBuilder html, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    html.append("<h2>").append(escape(heading)).append("</h2>\n<ul>\n");
    items.forEach(item -> html.append("<li>").append(item).append("</li>\n"));
    html.append("</ul>\n");
  }

  private static String producedBy(SopDocument.ProducedBy by) {
    if (by == null) {
      return "unknown";
    }
    String model = by.model() == null ? "" : ", " + by.model().name() + " " + by.model().version();
    return "reel2sop " + by.version() + model + ", settings " + abbreviated(by.settingsHash()) + ", made "
        + by.createdAt();
  }

  private static String abbreviated(String hash) {
    return hash == null ? "unknown" : hash.length() > 19 ? hash.substring(0, 19) + "\u2026" : hash;
  }
}

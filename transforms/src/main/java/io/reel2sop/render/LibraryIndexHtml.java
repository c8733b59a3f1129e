package io.reel2sop.render;

import static io.reel2sop.render.MarkupText.escape;
import static io.reel2sop.render.MarkupText.escapeAttribute;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code index.html} at the output root: every SOP of the library as a card (thumbnail, title
 * linking to its {@code sop.html}, recording, duration, steps, producer, date) with a search box.
 * The page opens from disk: its search data is inline JSON and the search is inline JavaScript
 * (words typed are matched, all of them, case- and accent-insensitively, against titles, step
 * instructions and transcripts; a card says which steps matched). Without JavaScript every card
 * still shows. Like {@code sop.html} it is polyglot HTML5/XHTML, so also well-formed XML, and all
 * text is escaped; the inline JSON carries {@code < > &} as {@code \\u} escapes, so no text can end
 * its script element.
 */
public final class LibraryIndexHtml {

  /** Transcript characters per SOP in the inline search data; longer ones are cut at a word. */
  public static final int SEARCHED_TRANSCRIPT_CHARS = 20_000;

  private static final String CSS =
      """
      *{box-sizing:border-box}
      [hidden]{display:none!important}
      body{margin:0;background:#f6f7f9;color:#1d2330;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
      .page{max-width:60rem;margin:0 auto;padding:1.25rem 1rem 3rem}
      header{border-bottom:1px solid #d9dde4;margin-bottom:1rem;padding-bottom:1rem}
      h1{font-size:1.7rem;line-height:1.25;margin:.5rem 0 1rem}
      label{display:block;font-weight:600;margin-bottom:.35rem}
      input{width:100%;font:inherit;font-size:1.05rem;padding:.6rem .8rem;border:1px solid #b9c0cc;border-radius:8px;background:#fff;color:inherit}
      input:focus{outline:3px solid #9ec5fe;border-color:#3d7be0}
      .count{margin:.6rem 0 0;font-size:.9rem;color:#5b6475}
      .none,.empty{background:#fff;border:1px dashed #c7ccd6;border-radius:10px;padding:1.25rem;color:#3a4252}
      ul.sops{list-style:none;margin:0;padding:0}
      .changed{margin:.2rem 0;font-size:.9rem;background:#fff4e5;border:1px solid #f0c987;border-radius:6px;padding:.15rem .5rem;display:inline-block}
      .sop{display:flex;gap:1rem;background:#fff;border:1px solid #e1e4ea;border-radius:10px;padding:.8rem;margin:0 0 .9rem}
      .thumb{flex:none;align-self:flex-start;width:11rem;aspect-ratio:16/9;border:1px solid #e1e4ea;border-radius:6px;overflow:hidden;background:#eef0f4;display:flex;align-items:center;justify-content:center;color:#7a8294;font-size:.8rem}
      .thumb img{display:block;width:100%;height:100%;object-fit:cover}
      .info{min-width:0;flex:1}
      .sop h2{font-size:1.15rem;line-height:1.3;margin:0 0 .3rem;overflow-wrap:anywhere}
      .sop h2 a{color:#1a56b0;text-decoration:none}
      .sop h2 a:hover,.sop h2 a:focus{text-decoration:underline}
      .meta,.by,.files{margin:0;font-size:.85rem;color:#5b6475;overflow-wrap:anywhere}
      .by{color:#7a8294}
      .files{font-size:.8rem}
      .files a{color:#1a56b0}
      .hint{margin:.5rem 0 0;padding:.3rem 0 .3rem .7rem;border-left:3px solid #9ec5fe;font-size:.9rem;color:#3a4252}
      .hint p{margin:.1rem 0;overflow-wrap:anywhere}
      .hint b{font-weight:600}
      footer{margin-top:2rem;font-size:.8rem;color:#7a8294}
      footer a{color:inherit}
      @media (max-width:34rem){.sop{gap:.7rem;padding:.6rem}.thumb{width:6.5rem}.sop h2{font-size:1.05rem}}
      """;

  /**
   * Filters the cards. The data array is in card order; every text the script shows goes in by
   * textContent, never as markup.
   */
  private static final String SCRIPT =
      """
      (function () {
        'use strict';
        var data = JSON.parse(document.getElementById('library').textContent);
        var cards = document.querySelectorAll('li.sop');
        var input = document.getElementById('q');
        var count = document.getElementById('count');
        var none = document.getElementById('none');
        function fold(text) {
          return String(text || '').normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase();
        }
        var items = data.map(function (sop) {
          var words = sop.transcript ? sop.transcript.split(' ') : [];
          var steps = sop.steps.map(fold);
          return {sop: sop, title: fold(sop.title), steps: steps, stepText: steps.join('\\n'),
            words: words, foldedWords: words.map(fold),
            all: [fold(sop.title), steps.join('\\n'), fold(sop.transcript)].join('\\n')};
        });
        function plural(n) { return n === 1 ? ' SOP' : ' SOPs'; }
        function found(text, word) { return text.indexOf(word) !== -1; }
        function hintLines(item, terms) {
          var lines = [];
          var ranked = [];
          item.steps.forEach(function (step, i) {
            var hits = terms.filter(function (w) { return found(step, w); }).length;
            if (hits) { ranked.push({index: i, hits: hits}); }
          });
          ranked.sort(function (a, b) { return b.hits - a.hits || a.index - b.index; });
          ranked.slice(0, 3).forEach(function (r) {
            lines.push(['Step ' + (r.index + 1) + ': ', item.sop.steps[r.index]]);
          });
          if (ranked.length > 3) {
            lines.push(['', 'and ' + (ranked.length - 3) + ' more matching steps']);
          }
          var spoken = terms.filter(function (w) {
            return !found(item.title, w) && !found(item.stepText, w);
          });
          if (spoken.length) {
            var at = item.foldedWords.findIndex(function (w) { return found(w, spoken[0]); });
            if (at === -1) { at = 0; }
            var from = Math.max(0, at - 6);
            var to = Math.min(item.words.length, at + 7);
            lines.push(['Said: ', (from ? '\\u2026' : '') + item.words.slice(from, to).join(' ')
              + (to === item.words.length ? '' : '\\u2026')]);
          }
          return lines;
        }
        function showHint(card, lines) {
          var hint = card.querySelector('.hint');
          while (hint.firstChild) { hint.removeChild(hint.firstChild); }
          lines.forEach(function (line) {
            var p = document.createElement('p');
            if (line[0]) {
              var label = document.createElement('b');
              label.textContent = line[0];
              p.appendChild(label);
            }
            p.appendChild(document.createTextNode(line[1]));
            hint.appendChild(p);
          });
          hint.hidden = lines.length === 0;
        }
        function update() {
          var terms = fold(input.value).split(/\\s+/).filter(Boolean);
          var shown = 0;
          items.forEach(function (item, i) {
            var match = terms.every(function (w) { return found(item.all, w); });
            cards[i].hidden = !match;
            showHint(cards[i], match && terms.length ? hintLines(item, terms) : []);
            if (match) { shown++; }
          });
          count.textContent = terms.length
            ? shown + ' of ' + items.length + plural(items.length)
            : items.length + plural(items.length);
          none.hidden = shown !== 0;
        }
        input.addEventListener('input', update);
        window.addEventListener('pageshow', update);
        update();
      })();
      """;

  private LibraryIndexHtml() {}

  /** The page for these entries (sorted here); {@code generatedAt} is shown in the footer. */
  public static String render(List<IndexEntry> entries, String generatedAt) {
    List<IndexEntry> sops = entries.stream().sorted(IndexEntry.ORDER).toList();
    StringBuilder html = new StringBuilder(4_096 + 1_024 * sops.size());
    html.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n")
        .append("<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>SOP library</title>\n<style>\n")
        .append(CSS)
        .append(
            "</style>\n</head>\n<body>\n<div class=\"page\">\n<header>\n<h1>SOP library</h1>\n");
    if (sops.isEmpty()) {
      html.append("</header>\n<main>\n<p class=\"empty\">No SOPs here yet. Run reel2sop with its ")
          .append("<code>--output</code> set to this folder and every recording it turns into a ")
          .append("SOP will be listed on this page.</p>\n</main>\n");
    } else {
      appendSearch(html, sops.size());
      html.append("<main>\n<p id=\"none\" class=\"none\" hidden=\"hidden\">")
          .append("No SOP contains all of these words.</p>\n<ul class=\"sops\">\n");
      for (int i = 0; i < sops.size(); i++) {
        appendCard(html, sops.get(i), i + 1);
      }
      html.append("</ul>\n</main>\n");
    }
    html.append("<footer>\n<p>");
    if (generatedAt != null && !generatedAt.isBlank()) {
      html.append("Index generated ").append(escape(generatedAt)).append(" · ");
    }
    html.append("<a href=\"index.json\">index.json</a></p>\n</footer>\n</div>\n");
    if (!sops.isEmpty()) {
      html.append("<script type=\"application/json\" id=\"library\">")
          .append(searchData(sops))
          .append("</script>\n<script>//<![CDATA[\n")
          .append(SCRIPT)
          .append("//]]></script>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void appendSearch(StringBuilder html, int total) {
    html.append("<label for=\"q\">Search titles, steps and transcripts</label>\n")
        .append("<input id=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" ")
        .append("placeholder=\"e.g. invoice send\"/>\n")
        .append("<p id=\"count\" class=\"count\" role=\"status\" aria-live=\"polite\">")
        .append(total)
        .append(total == 1 ? " SOP" : " SOPs")
        .append("</p>\n</header>\n");
  }

  private static void appendCard(StringBuilder html, IndexEntry sop, int number) {
    String page = escapeAttribute(relativeUrl(sop.page()));
    html.append("<li class=\"sop\" id=\"sop-").append(number).append("\">\n");
    if (sop.thumbnail() != null) {
      html.append("<a class=\"thumb\" href=\"")
          .append(page)
          .append("\" tabindex=\"-1\" aria-hidden=\"true\"><img src=\"")
          .append(escapeAttribute(relativeUrl(sop.thumbnail())))
          .append("\" alt=\"\" loading=\"lazy\"/></a>\n");
    } else {
      html.append("<div class=\"thumb\">No screenshot</div>\n");
    }
    html.append("<div class=\"info\">\n<h2><a href=\"")
        .append(page)
        .append("\">")
        .append(escape(sop.title()))
        .append("</a></h2>\n<p class=\"meta\">");
    if (sop.recordingUri() != null) {
      html.append("<span title=\"")
          .append(escapeAttribute(sop.recordingUri()))
          .append("\">")
          .append(escape(RecordingFacts.fileName(sop.recordingUri())))
          .append("</span> · ");
    }
    html.append(escape(TimeFormat.minutesSeconds(sop.durationSeconds())))
        .append(" · ")
        .append(sop.steps())
        .append(sop.steps() == 1 ? " step" : " steps");
    appendUpdated(html, sop.updated());
    html.append("</p>\n<p class=\"files\"><a href=\"")
        .append(escapeAttribute(relativeUrl(sop.pdf())))
        .append("\">PDF</a></p>\n");
    if (sop.changed() != null) {
      html.append("<p class=\"changed\"><a href=\"")
          .append(escapeAttribute(relativeUrl(sop.changed().page())))
          .append("\">Changed in the last run</a>: ")
          .append(escape(sop.changed().summary()))
          .append("</p>\n");
    }
    appendProducedBy(html, sop.producedBy());
    html.append("<div class=\"hint\" hidden=\"hidden\"></div>\n</div>\n</li>\n");
  }

  private static void appendUpdated(StringBuilder html, String updated) {
    if (updated == null || updated.isBlank()) {
      return;
    }
    html.append(" · updated ");
    if (updated.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
      html.append("<time datetime=\"")
          .append(escapeAttribute(updated))
          .append("\" title=\"")
          .append(escapeAttribute(updated))
          .append("\">")
          .append(escape(updated.substring(0, 10)))
          .append("</time>");
    } else {
      html.append(escape(updated));
    }
  }

  private static void appendProducedBy(StringBuilder html, IndexEntry.ProducedBy by) {
    if (by == null) {
      return;
    }
    String text = "reel2sop " + nullToEmpty(by.version());
    if (by.modelName() != null && !by.modelName().isBlank()) {
      text += " · " + by.modelName() + " " + nullToEmpty(by.modelVersion());
    }
    html.append("<p class=\"by\">").append(escape(text.strip())).append("</p>\n");
  }

  /** What the script searches, in card order, as JSON safe inside a script element and XML. */
  static String searchData(List<IndexEntry> sops) {
    List<SearchItem> items =
        sops.stream()
            .map(
                e ->
                    new SearchItem(
                        e.title(),
                        e.stepInstructions(),
                        cutAtWord(e.transcriptText(), SEARCHED_TRANSCRIPT_CHARS)))
            .toList();
    try {
      return scriptSafe(SopJson.MAPPER.writeValueAsString(items));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise the search data", e);
    }
  }

  /** One SOP's searchable text: what the inline JSON holds for it. */
  record SearchItem(String title, List<String> steps, String transcript) {}

  /**
   * JSON text with {@code < > &} written as {@code \\u} escapes (they can only stand inside string
   * literals, where the escapes mean the same) and with characters XML cannot carry dropped.
   */
  static String scriptSafe(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    json.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                  if (MarkupText.allowedInXml(c)) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  /** At most {@code max} characters, cut at the last space before that when there is one. */
  static String cutAtWord(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    int space = text.lastIndexOf(' ', end);
    return text.substring(0, space > 0 ? space : end);
  }

  /**
   * A relative URL for a {@code /}-separated path: every byte outside RFC 3986's unreserved
   * characters is percent-encoded, so names with spaces, {@code #} or {@code :} stay one path (a
   * folder called {@code javascript:x} cannot become a script URL).
   */
  static String relativeUrl(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '/';
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

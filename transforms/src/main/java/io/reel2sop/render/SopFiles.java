package io.reel2sop.render;

import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.util.LinkedHashMap;
import java.util.Map;

/** The text files of one SOP folder, by file name, all rendered from the same document. */
public final class SopFiles {
  public static final String CONTRACT = "sop.json";
  /** Made once the screenshots are in ({@link PdfRenderer}), so not one of {@link #texts}. */
  public static final String PDF = "sop.pdf";

  private SopFiles() {}

  /** {@code sop.md}, {@code sop.html}, {@code transcript.vtt} and, last, {@code sop.json}. */
  public static Map<String, String> texts(SopDocument sop) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("sop.md", MarkdownRenderer.render(sop));
    files.put("sop.html", HtmlRenderer.render(sop));
    files.put("transcript.vtt", WebVttRenderer.render(sop));
    files.put(CONTRACT, SopJson.write(sop));
    return files;
  }

  /** The same SOP with its screenshots looked up under {@code prefix} (such as "versions/3/"). */
  public static SopDocument withImagesUnder(SopDocument sop, String prefix) {
    return sop.withSteps(
        sop.steps().stream()
            .map(s -> new Step(s.index(), s.instruction(), s.narration(), s.start(), s.end(),
                new Screenshot(prefix + s.screenshot().path(), s.screenshot().time()), s.highlight(), s.confidence(),
                s.target(), s.number()))
            .toList());
  }
}

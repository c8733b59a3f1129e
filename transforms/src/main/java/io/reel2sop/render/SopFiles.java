package io.reel2sop.render;

import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import java.util.LinkedHashMap;
import java.util.Map;

/** The text files of one SOP folder, by file name, all rendered from the same document. */
public final class SopFiles {
  public static final String CONTRACT = "sop.json";
  /** The SOP as reel2sop generated it, before a reviewer's edits: what edits are applied to again. */
  public static final String GENERATED = "sop.generated.json";
  /** What changed from the SOP this one replaced ({@link io.reel2sop.model.SopChanges}). */
  public static final String CHANGES = "changes.json";
  public static final String CHANGES_PAGE = "changes.html";
  /** Made once the screenshots are in ({@link PdfRenderer}), so not one of {@link #texts}. */
  public static final String PDF = "sop.pdf";

  private SopFiles() {}

  /** {@code sop.md}, {@code sop.html}, {@code transcript.vtt} and, last, {@code sop.json}. */
  public static Map<String, String> texts(SopDocument sop) {
    return texts(sop, null);
  }

  /**
   * The same, the page saying what changed from the SOP this one replaced ({@code changes}, or null
   * for a first SOP) and linking to {@link #CHANGES_PAGE}.
   */
  public static Map<String, String> texts(SopDocument sop, SopChanges changes) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("sop.md", MarkdownRenderer.render(sop));
    files.put("sop.html", HtmlRenderer.render(sop, changes));
    files.put("transcript.vtt", WebVttRenderer.render(sop));
    files.put(CONTRACT, SopJson.write(sop));
    return files;
  }

  /**
   * A SOP folder's texts: those of the SOP as edited ({@link #texts}), the generated SOP
   * ({@link #GENERATED}) and, when it replaces another SOP, the change summary ({@link #CHANGES} and
   * {@link #CHANGES_PAGE}). {@code sop.json} is still last.
   */
  public static Map<String, String> texts(SopDocument edited, SopDocument generated, SopChanges changes) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(GENERATED, SopJson.write(generated));
    if (changes != null) {
      files.put(CHANGES, ChangesJson.write(changes));
      files.put(CHANGES_PAGE, ChangesHtml.render(changes, edited.title()));
    }
    files.putAll(texts(edited, changes));
    return files;
  }

  /** The same SOP with its screenshots looked up under {@code prefix} (such as "versions/3/"). */
  public static SopDocument withImagesUnder(SopDocument sop, String prefix) {
    return sop.withSteps(sop.steps().stream().map(s -> s.withScreenshotPath(prefix + s.screenshot().path())).toList());
  }
}

package io.reel2sop.render;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;

/**
 * {@code sop.pdf}: the page {@link HtmlRenderer#renderForPrint} makes of the document, laid out on
 * A4 pages by openhtmltopdf and written with PDFBox, the screenshots embedded. Its text is real
 * text (selectable, searchable) in Liberation Sans, which PDFBox carries, so no font has to be
 * installed on the machine.
 */
public final class PdfRenderer {
  /** The SOP's own files (its screenshots) as the page refers to them. */
  private static final String SCHEME = "sop-file";
  private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final String FONT_FAMILY = "Liberation Sans";

  /** Reads one file of the SOP by its path relative to the SOP folder ({@code images/step-01.png}). */
  @FunctionalInterface
  public interface FileSource {
    byte[] read(String path) throws IOException;
  }

  static {
    // openhtmltopdf logs every stage of every layout at INFO (java.util.logging); only its warnings are news
    for (String category : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(category, Level.WARNING);
    }
  }

  private PdfRenderer() {}

  /**
   * The PDF of {@code sop}, its screenshots read from {@code files}; {@code changes}: what changed
   * from the version it replaced, null for a first SOP.
   *
   * @throws IOException when a screenshot cannot be read or the page cannot be laid out
   */
  public static byte[] render(SopDocument sop, SopChanges changes, FileSource files) throws IOException {
    Map<String, byte[]> images = new HashMap<>();
    for (Step step : sop.steps()) {
      if (step.screenshot() != null) {
        images.put(SCHEME + ":" + step.screenshot().path(), files.read(step.screenshot().path()));
      }
    }
    String page = HtmlRenderer.renderForPrint(sop, changes, shot -> SCHEME + ":" + shot.path());
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024 + images.values().stream().mapToInt(b -> b.length).sum());
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .withHtmlContent(page, SCHEME + ":")
        .useProtocolsStreamImplementation(uri -> stream(images, uri), SCHEME)
        .withProducer("reel2sop" + (sop.producedBy() == null ? "" : " " + sop.producedBy().version()))
        .toStream(pdf);
    // One face for every weight: PDFBox carries only the regular one, and a face openhtmltopdf
    // cannot find would fall back to a font that is not embedded.
    for (int weight : new int[] {400, 700}) {
      builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT_RESOURCE), FONT_FAMILY, weight,
          BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT_RESOURCE), FONT_FAMILY, weight,
          BaseRendererBuilder.FontStyle.ITALIC, true);
    }
    builder.run();
    return pdf.toByteArray();
  }

  private static FSStream stream(Map<String, byte[]> images, String uri) {
    byte[] bytes = images.get(uri);
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return bytes == null ? null : new ByteArrayInputStream(bytes);
      }

      @Override
      public Reader getReader() {
        return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
      }
    };
  }
}

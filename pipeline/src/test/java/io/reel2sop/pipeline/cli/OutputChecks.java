package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.testmedia.WebVttCues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Checks of the rendered outputs with independent parsers: an XML parser and FFmpeg. */
final class OutputChecks {
  private OutputChecks() {}

  /**
   * The page parses as XML (so every tag is closed and every text escaped), shows every step's
   * image, and every image it shows is in the folder.
   */
  static void wellFormedHtml(Path html, SopDocument sop) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document dom = factory.newDocumentBuilder().parse(html.toFile());
    NodeList images = dom.getElementsByTagName("img");
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < images.getLength(); i++) {
      String src = images.item(i).getAttributes().getNamedItem("src").getNodeValue();
      assertTrue(Files.isRegularFile(html.resolveSibling(src)), "image " + src + " of " + html);
      sources.add(src);
    }
    for (Step step : sop.steps()) {
      assertTrue(sources.contains(step.screenshot().path()), html + " shows " + step.screenshot().path());
    }
    NodeList items = dom.getElementsByTagName("li");
    int steps = 0;
    for (int i = 0; i < items.getLength(); i++) {
      var type = items.item(i).getAttributes().getNamedItem("class");
      steps += type != null && type.getNodeValue().equals("step") ? 1 : 0;
    }
    assertEquals(sop.steps().size(), steps, "one list item per step in " + html);
  }

  /**
   * FFmpeg reads one cue for each cue of the file, and reads the same cues back after writing them
   * with its own WebVTT muxer.
   */
  static void parsableWebVtt(Path vtt) throws IOException {
    List<WebVttCues.Cue> understood = WebVttCues.read(vtt);
    assertEquals(cues(Files.readString(vtt)), understood.size(), "cues FFmpeg understood in " + vtt);
    assertEquals(understood, WebVttCues.rewritten(vtt), "cues after FFmpeg wrote " + vtt);
  }

  private static long cues(String vtt) {
    return vtt.lines().filter(l -> l.contains(" --> ")).count();
  }
}

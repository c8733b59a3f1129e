package io.reel2sop.render;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times {@code sop.pdf} for published SOP folders given as arguments: renders each one's PDF from its
 * {@code sop.json} and screenshots (read once, as the store hands them over) {@code rounds} times
 * after one warm-up, and prints the median and the fastest time, the pages and the size. Not a
 * test: run it with {@code bench/pdf.sh <sop folder>...} on an otherwise idle machine.
 */
public final class PdfBenchmark {
  private static final int ROUNDS = Integer.getInteger("rounds", 7);

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: PdfBenchmark <published SOP folder>...");
      System.exit(2);
    }
    for (String arg : args) {
      Path folder = Path.of(arg);
      SopDocument sop = SopJson.read(Files.readString(folder.resolve(SopFiles.CONTRACT)));
      Map<String, byte[]> files = new HashMap<>();
      for (Step step : sop.steps()) {
        files.put(step.screenshot().path(), Files.readAllBytes(folder.resolve(step.screenshot().path())));
      }
      long warmStart = System.nanoTime();
      byte[] pdf = PdfRenderer.render(sop, null, files::get);
      double firstMs = (System.nanoTime() - warmStart) / 1e6;
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < ROUNDS; i++) {
        long start = System.nanoTime();
        pdf = PdfRenderer.render(sop, null, files::get);
        ms.add((System.nanoTime() - start) / 1e6);
      }
      Collections.sort(ms);
      int pages;
      try (PDDocument document = Loader.loadPDF(pdf)) {
        pages = document.getNumberOfPages();
      }
      System.out.printf("%s: %d steps, %d pages, %d KB (screenshots %d KB); first (cold JVM) %.0f ms,"
              + " median %.0f ms, fastest %.0f ms of %d%n",
          folder.getFileName(), sop.steps().size(), pages, pdf.length / 1024,
          files.values().stream().mapToInt(b -> b.length).sum() / 1024, firstMs, ms.get(ms.size() / 2), ms.get(0), ROUNDS);
    }
  }
}

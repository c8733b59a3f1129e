package io.reel2sop.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What is missing is said in one line that tells how to get it. */
class OcrUnavailableTest {

  @Test
  void missingLanguageDataIsNamed() {
    OcrUnavailableException e =
        assertThrows(OcrUnavailableException.class, () -> LanguageData.read("/io/reel2sop/ocr/xyz.traineddata"));
    assertTrue(e.getMessage().startsWith("Tesseract language data is missing: io/reel2sop/ocr/xyz.traineddata"), e.getMessage());
    assertTrue(e.getMessage().contains("net.sourceforge.tess4j:tess4j"), e.getMessage());
  }

  @Test
  void theBundledLanguageDataIsThere() {
    assertTrue(LanguageData.english().length > 1_000_000);
  }

  @Test
  void missingNativesAreNamed() throws Exception {
    List<String> withoutNatives = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.matches(".*(tesseract|leptonica)-[^" + File.separator + "]*-linux-x86_64\\.jar"))
        .toList();
    assertTrue(withoutNatives.size() < System.getProperty("java.class.path").split(File.pathSeparator).length,
        "the test classpath should hold the native jars");
    String output = runJava(String.join(File.pathSeparator, withoutNatives), OpenEngineMain.class.getName());
    assertTrue(output.startsWith("unavailable: Tesseract OCR natives cannot be loaded: "), output);
    assertTrue(output.contains("org.bytedeco:tesseract and org.bytedeco:leptonica linux-x86_64 jars must be on the classpath"), output);
    assertEquals(1, output.lines().count(), output);
  }

  private static String runJava(String classpath, String mainClass) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-cp", classpath, mainClass)
        .redirectErrorStream(true)
        .start();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("WARNING")) // JavaCPP's notes on a missing cache
          .collect(Collectors.joining("\n"));
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM did not finish");
    return output;
  }
}

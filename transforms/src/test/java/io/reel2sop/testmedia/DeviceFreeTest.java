package io.reel2sop.testmedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The toolkit never loads libavdevice (nor the sound and display libraries it needs), which
 * javacv's FFmpeg classes would. Checked in a fresh JVM, as this one may run tests that do.
 */
class DeviceFreeTest {
  @TempDir Path dir;

  @Test
  void usingTheWholeToolkitMapsNoDeviceLibrary() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process check = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        DeviceFreeCheck.class.getName(), dir.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(check.waitFor(120, TimeUnit.SECONDS), "the check timed out");
    assertEquals(0, check.exitValue(), "mapped or failed:\n" + output);
  }
}

package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reel2sop runs on a server with no sound or display stack: after a whole pipeline run in this
 * JVM, none of libavdevice (FFmpeg's capture devices), PulseAudio, ALSA or XCB is mapped into the
 * process, even on a machine that has them installed (where loading them would succeed and hide
 * the dependency).
 */
class NoDesktopLibrariesTest {
  private static final Pattern DESKTOP_LIBRARY = Pattern.compile("lib(avdevice|jniavdevice|pulse[^/]*|asound|xcb[^/]*)\\.so");

  @TempDir Path output;

  @Test
  void aPipelineRunMapsNoCaptureSoundOrDisplayLibrary() throws Exception {
    CommandLineRun run = CommandLineRun.of(List.of(
        "--input=" + Path.of("../samples/new-lead-walkthrough.mp4").toAbsolutePath(), "--output=" + output));
    assertEquals(Reel2Sop.EXIT_OK, run.exitCode(), run.console());
    List<String> mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream()
        .filter(line -> DESKTOP_LIBRARY.matcher(line).find())
        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
        .distinct()
        .toList();
    assertEquals(List.of(), mapped, "libraries a bare server lacks");
  }
}

package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.pipeline.config.Reel2SopOptions;
import io.reel2sop.pipeline.config.Tunables;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.Description;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --help} shows every option and tunable as declared, and bad options are usage errors. */
class UsageTest {
  @TempDir Path dir;

  @Test
  void helpShowsEveryOptionWithItsDescriptionAndEveryTunableWithItsDefault() throws IOException {
    CommandLineRun help = CommandLineRun.of(List.of("--help"));
    assertEquals(Reel2Sop.EXIT_OK, help.exitCode());
    String text = help.console().replaceAll("\\s+", " ");
    for (Method getter : Reel2SopOptions.class.getDeclaredMethods()) {
      if (getter.isAnnotationPresent(Description.class)) {
        String option = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
        assertTrue(text.contains("--" + option + "="), option);
        assertTrue(text.contains(getter.getAnnotation(Description.class).value()), option + "'s description");
      }
    }
    for (String shown : List.of("--reprocess=stale", "--watch=false", "--pollSeconds=30", "--chunkSeconds=180",
        "manifest (.csv", "gs://bucket/prefix", "--sceneMinCutArea=0.25", "--alignSentencePause=0.5")) {
      assertTrue(text.contains(shown), shown + " in:\n" + help.console());
    }
    for (Tunables.Tunable tunable : Tunables.declared()) {
      assertTrue(text.contains("--" + tunable.key() + "=" + tunable.defaultValue() + " " + tunable.description()), tunable.key());
    }
  }

  @Test
  void aMisspelledTunableAMissingConfigAnUnknownModeOrKindAndABadPatternAreUsageErrors() throws IOException {
    Files.writeString(dir.resolve("found.mp4"), "checked after the recordings are found");
    List<String> run = List.of("--input=" + dir, "--output=" + dir.resolve("out"));
    assertUsageError(CommandLineRun.of(run, "--sceneMinCutAre=0.3"), "sceneMinCutAre");
    assertUsageError(CommandLineRun.of(run, "--config=" + dir.resolve("none")), "config file not found");
    assertUsageError(CommandLineRun.of(run, "--reprocess=sometimes"), "stale|failed|all");
    assertUsageError(CommandLineRun.of(run, "--sceneCellSize=big"), "--sceneCellSize=big: not a whole number");
    assertUsageError(CommandLineRun.of(run, "--recogniserWindowSeconds=0"),
        "--recogniserWindowSeconds must be a positive number of seconds");
    assertUsageError(CommandLineRun.of(run, "--redact=emails,mails"), "--redact=mails: expected a list of emails,phones,cards");
    assertUsageError(CommandLineRun.of(run, "--redactPatterns=ACCT-(\\d"), "redactPatterns: 'ACCT-(\\d' is not a regular expression");
  }

  private static void assertUsageError(CommandLineRun run, String message) {
    assertEquals(Reel2Sop.EXIT_USAGE, run.exitCode(), run.console());
    assertTrue(run.console().contains(message), message + " in:\n" + run.console());
  }
}

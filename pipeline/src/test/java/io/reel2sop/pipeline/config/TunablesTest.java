package io.reel2sop.pipeline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.align.AlignSettings;
import io.reel2sop.pipeline.cli.Reel2Sop;
import io.reel2sop.scene.SceneSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tunables file, the options interfaces and the settings records stay one and the same. */
class TunablesTest {
  @TempDir Path dir;

  @Test
  void everySettingHasAnOptionAndADefaultInTheFileAndNothingElseIsThere() throws Exception {
    Set<String> names = new TreeSet<>();
    names.addAll(OptionsBinder.optionNames(SceneSettings.class, RunSettingsFactory.SCENE_PREFIX));
    names.addAll(OptionsBinder.optionNames(AlignSettings.class, RunSettingsFactory.ALIGN_PREFIX));
    TreeMap<String, String> file = ConfigDefaults.load(new String[0]);
    assertEquals(names, file.keySet());
    for (String name : names) {
      String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      Reel2SopOptions.class.getMethod(getter);
    }
  }

  @Test
  void theFileHoldsTheSameDefaultsTheCodeDocuments() throws Exception {
    Reel2SopOptions options = parse();
    assertEquals(SceneSettings.defaults(), OptionsBinder.bind(SceneSettings.class, "scene", options));
    assertEquals(AlignSettings.defaults(), OptionsBinder.bind(AlignSettings.class, "align", options));
  }

  @Test
  void theCommandLineOverridesTheFile() throws Exception {
    Reel2SopOptions options = parse("--sceneMinCutArea=0.3", "--alignSentencePause=0.9");
    assertEquals(0.3, OptionsBinder.bind(SceneSettings.class, "scene", options).minCutArea());
    assertEquals(0.9, OptionsBinder.bind(AlignSettings.class, "align", options).sentencePause());
  }

  @Test
  void aRunSkipsTheDirectRunnersElementChecksUnlessTheCommandLineAsksForThem() throws Exception {
    DirectOptions run = parse().as(DirectOptions.class);
    assertFalse(run.isEnforceEncodability());
    assertFalse(run.isEnforceImmutability());
    DirectOptions checked = parse("--enforceImmutability=true").as(DirectOptions.class);
    assertTrue(checked.isEnforceImmutability());
    assertFalse(checked.isEnforceEncodability());
  }

  @Test
  void aConfigFileOverridesOnlyTheKeysItSets() throws Exception {
    Path config = dir.resolve("team.properties");
    Files.writeString(config, "# our screens are busy\nsceneMinCutScore=3.5\n");
    Reel2SopOptions options = parse("--config=" + config);
    SceneSettings scene = OptionsBinder.bind(SceneSettings.class, "scene", options);
    assertEquals(3.5, scene.minCutScore());
    assertEquals(SceneSettings.defaults().minCutArea(), scene.minCutArea());
  }

  @Test
  void inconsistentValuesAreRejectedWithTheirGroup() throws Exception {
    Reel2SopOptions options = parse("--sceneSpikeOutliers=5");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OptionsBinder.bind(SceneSettings.class, "scene", options));
    assertTrue(e.getMessage().contains("invalid scene tunables"), e.getMessage());
  }

  @Test
  void aMisspelledTunableOrAMissingConfigIsAUsageError() {
    String misspelled = usageError("--input=" + dir, "--output=" + dir, "--sceneMinCutAre=0.3");
    assertTrue(misspelled.contains("sceneMinCutAre"), misspelled);
    String missing = usageError("--input=" + dir, "--output=" + dir, "--config=" + dir.resolve("none"));
    assertTrue(missing.contains("config file not found"), missing);
  }

  @Test
  void theRecogniserWindowChangesTheSettingsHashButTheChunkLengthDoesNot() throws Exception {
    String defaults = settings().settingsHash();
    assertEquals(defaults, settings("--chunkSeconds=30", "--chunkOverlapSeconds=2").settingsHash());
    assertNotEquals(defaults, settings("--recogniserWindowSeconds=120").settingsHash());
    Files.writeString(dir.resolve("found.mp4"), "checked after the recordings are found");
    String zero = usageError("--input=" + dir, "--output=" + dir.resolve("out"), "--recogniserWindowSeconds=0");
    assertTrue(zero.contains("--recogniserWindowSeconds must be a positive number of seconds"), zero);
  }

  @Test
  void helpListsEveryTunableWithItsDefault() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(Reel2Sop.EXIT_OK, new Reel2Sop(new PrintStream(out, true, StandardCharsets.UTF_8)).run(new String[] {"--help"}));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("--sceneMinCutArea=0.25"), help);
    assertTrue(help.contains("--alignSentencePause=0.5"), help);
    assertTrue(help.contains("--input="), help);
  }

  private static Reel2SopOptions parse(String... args) throws Exception {
    PipelineOptionsFactory.register(Reel2SopOptions.class);
    List<String> all = new ArrayList<>(List.of("--input=x", "--output=y"));
    all.addAll(List.of(args));
    return PipelineOptionsFactory.fromArgs(ConfigDefaults.apply(all.toArray(String[]::new))).as(Reel2SopOptions.class);
  }

  private RunSettings settings(String... args) throws Exception {
    return RunSettingsFactory.from(parse(args), dir, 1, "run", "test");
  }

  private static String usageError(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = new Reel2Sop(new PrintStream(out, true, StandardCharsets.UTF_8)).run(args);
    assertEquals(Reel2Sop.EXIT_USAGE, exit);
    return out.toString(StandardCharsets.UTF_8);
  }
}

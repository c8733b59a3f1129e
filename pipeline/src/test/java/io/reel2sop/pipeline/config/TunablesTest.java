package io.reel2sop.pipeline.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.align.AlignSettings;
import io.reel2sop.scene.SceneSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tunables file is the one place of every tunable, and the settings records are bound to it by name. */
class TunablesTest {
  @TempDir Path dir;

  @Test
  void everySettingHasADescribedDefaultInTheFileAndNothingElseIsThere() throws IOException {
    Set<String> components = new TreeSet<>();
    components.addAll(TunableBinder.keys(SceneSettings.class, RunSettings.SCENE_PREFIX));
    components.addAll(TunableBinder.keys(AlignSettings.class, RunSettings.ALIGN_PREFIX));
    components.addAll(TunableBinder.keys(RedactTunables.class, RedactTunables.PREFIX));
    List<Tunables.Tunable> declared = Tunables.declared();
    assertEquals(components, new TreeSet<>(declared.stream().map(Tunables.Tunable::key).toList()));
    for (Tunables.Tunable tunable : declared) {
      assertTrue(tunable.description() != null && !tunable.description().isBlank(), tunable.key() + " says what it does");
    }
  }

  @Test
  void theFileHoldsTheSameDefaultsAsTheCode() throws IOException {
    Map<String, String> defaults = Tunables.values(null, Map.of());
    assertEquals(SceneSettings.defaults(), TunableBinder.bind(SceneSettings.class, "scene", defaults));
    assertEquals(AlignSettings.defaults(), TunableBinder.bind(AlignSettings.class, "align", defaults));
  }

  @Test
  void theCommandLineOverridesTheFileAndTheRestGoesToBeam() throws IOException {
    Tunables.CommandLine line = Tunables.split(
        new String[] {"--input=x", "--sceneMinCutArea=0.3", "--runner=DirectRunner", "--alignSentencePause=0.9"});
    assertArrayEquals(new String[] {"--input=x", "--runner=DirectRunner"}, line.options());
    Map<String, String> values = Tunables.values(null, line.tunables());
    assertEquals(0.3, TunableBinder.bind(SceneSettings.class, "scene", values).minCutArea());
    assertEquals(0.9, TunableBinder.bind(AlignSettings.class, "align", values).sentencePause());
  }

  @Test
  void aConfigFileOverridesOnlyTheKeysItSetsAndNamesAKeyThatIsNoTunable() throws IOException {
    Path config = dir.resolve("team.properties");
    Files.writeString(config, "# our screens are busy\nsceneMinCutScore=3.5\n");
    SceneSettings scene = TunableBinder.bind(SceneSettings.class, "scene", Tunables.values(config.toString(), Map.of()));
    assertEquals(3.5, scene.minCutScore());
    assertEquals(SceneSettings.defaults().minCutArea(), scene.minCutArea());

    Files.writeString(config, "sceneMinCutAre=0.3\n");
    IllegalArgumentException misspelled =
        assertThrows(IllegalArgumentException.class, () -> Tunables.values(config.toString(), Map.of()));
    assertTrue(misspelled.getMessage().contains("'sceneMinCutAre' is not a tunable"), misspelled.getMessage());
  }

  @Test
  void badValuesAreRejectedWithTheirNameOrGroup() throws IOException {
    IllegalArgumentException inconsistent = assertThrows(IllegalArgumentException.class,
        () -> TunableBinder.bind(SceneSettings.class, "scene", Tunables.values(null, Map.of("sceneSpikeOutliers", "5"))));
    assertTrue(inconsistent.getMessage().contains("invalid scene tunables"), inconsistent.getMessage());
    IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
        () -> TunableBinder.bind(SceneSettings.class, "scene", Tunables.values(null, Map.of("sceneCellSize", "1.5"))));
    assertEquals("--sceneCellSize=1.5: not a whole number", notANumber.getMessage());
  }

  @Test
  void aRunSkipsTheDirectRunnersElementChecksUnlessTheCommandLineAsksForThem() {
    DirectOptions run = PipelineOptionsFactory.fromArgs(RunnerDefaults.apply(new String[0])).as(DirectOptions.class);
    assertFalse(run.isEnforceEncodability());
    assertFalse(run.isEnforceImmutability());
    DirectOptions checked = PipelineOptionsFactory.fromArgs(RunnerDefaults.apply(new String[] {"--enforceImmutability=true"}))
        .as(DirectOptions.class);
    assertTrue(checked.isEnforceImmutability());
    assertFalse(checked.isEnforceEncodability());
    assertEquals(List.of("--enforceEncodability=false", "--enforceImmutability=false", "--watch"),
        List.of(RunnerDefaults.apply(new String[] {"--watch"})).stream().sorted().toList(),
        "without the Flink runner a watch job needs nothing more");
  }
}

package io.reel2sop.pipeline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.store.SopVersion;
import io.reel2sop.render.SopJson;
import io.reel2sop.storage.Fingerprints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/**
 * The settings hash depends on the settings only, and a SOP made before it was taken over sorted
 * key=value lines still counts as made with the same settings.
 */
class SettingsHashTest {
  /** Made by reel2sop 0.1.0 from the bundled sample with the default settings (see its README). */
  private static final String MADE_BY_0_1_0 = "made-by-0.1.0/new-lead-walkthrough/sop.json";
  private static final Path SAMPLE = Path.of("../samples/new-lead-walkthrough.mp4");
  private static final String WINDOW_OF_0_1_0 = "--recogniserWindowSeconds=600";

  @Test
  void theHashIsTakenOverTheSettingsAsSortedKeyValueLines() throws Exception {
    RunSettings settings = settings();
    List<String> keys = new ArrayList<>(settings.hashed().keySet());
    assertEquals(keys.stream().sorted().toList(), keys);
    assertTrue(keys.containsAll(List.of("model", "modelVersion", "language", "recogniserWindowSeconds",
        "sceneMinCutArea", "alignSentencePause")), keys.toString());
    assertEquals("0.25", settings.hashed().get("sceneMinCutArea"));
    assertEquals("180", settings.hashed().get("recogniserWindowSeconds"));
    assertEquals(settings.settingsHash(), settings("--sceneMinCutArea=0.250", "--recogniserWindowSeconds=180.0").settingsHash(),
        "the same values written another way");
  }

  @Test
  void theRecogniserWindowChangesTheHashButTheChunkLengthDoesNot() throws Exception {
    String defaults = settings().settingsHash();
    assertEquals(defaults, settings("--chunkSeconds=30", "--chunkOverlapSeconds=2").settingsHash());
    assertNotEquals(defaults, settings("--recogniserWindowSeconds=120").settingsHash());
    assertNotEquals(defaults, settings("--sceneMinCutScore=2.5").settingsHash());
  }

  /**
   * 0.1.0's default recogniser window was 600 s; the default is now 180 s, so its SOPs are made
   * again unless a run asks for 600 s windows, which give the same words as then.
   */
  @Test
  void redactionOffLeavesTheHashAsItWasBeforeRedactionAndOnChangesIt() throws Exception {
    String defaults = settings(WINDOW_OF_0_1_0).settingsHash();
    assertEquals("sha256:05d3871979074dd6", defaults,
        "the hash of 0.1.0's default settings, as reel2sop wrote it before redaction existed");
    assertEquals(defaults, settings(WINDOW_OF_0_1_0, "--redact=none", "--redactWords= ", "--redactPatterns=").settingsHash());
    assertTrue(settings().hashed().keySet().stream().noneMatch(k -> k.startsWith("redact")));

    RunSettings kinds = settings(WINDOW_OF_0_1_0, "--redact=emails,phones");
    assertNotEquals(defaults, kinds.settingsHash());
    assertEquals("emails,phones", kinds.hashed().get("redact"));
    assertEquals(kinds.settingsHash(), settings(WINDOW_OF_0_1_0, "--redact=Phones,emails,emails").settingsHash(),
        "written another way");
    assertNotEquals(kinds.settingsHash(),
        settings(WINDOW_OF_0_1_0, "--redact=emails,phones", "--redactWords=Falcon").settingsHash());
    assertNotEquals(defaults, settings(WINDOW_OF_0_1_0, "--redactPatterns=ACCT-\\d+").settingsHash(),
        "a pattern alone turns it on");
  }

  @Test
  void theHashOf010IsStillKnownForTheSameSettings() throws Exception {
    SopDocument made = SopJson.read(resource(MADE_BY_0_1_0));
    assertEquals(made.producedBy().settingsHash(), settings(WINDOW_OF_0_1_0).settingsHashes().get(1),
        "the hash 0.1.0 wrote for the default settings (if a tunable was added or removed since, SOPs made"
            + " before are out of date by design, and this SOP must be made again)");
    assertNotEquals(made.producedBy().settingsHash(), settings(WINDOW_OF_0_1_0).settingsHash());
    assertFalse(settings().settingsHashes().contains(made.producedBy().settingsHash()), "the default window changed");
  }

  @Test
  void aSopMadeBy010IsUpToDateWithTheSameSettingsAndStaleWithOthers() throws Exception {
    SopDocument made = SopJson.read(resource(MADE_BY_0_1_0));
    SopVersion existing = SopVersion.of(made);
    String fingerprint = Fingerprints.of(SAMPLE.toString());
    for (String[] args : List.of(new String[] {WINDOW_OF_0_1_0}, new String[] {WINDOW_OF_0_1_0, "--chunkSeconds=10"})) {
      RunSettings same = settings(args);
      SopVersion wanted = new SopVersion(fingerprint, null, null, made.producedBy().version(), same.settingsHash());
      assertNull(wanted.staleReason(existing, same.settingsHashes()), String.join(" ", args));
    }
    RunSettings redacting = settings(WINDOW_OF_0_1_0, "--redact=emails");
    SopVersion redacted = new SopVersion(fingerprint, null, null, made.producedBy().version(), redacting.settingsHash());
    assertEquals("the model or settings changed", redacted.staleReason(existing, redacting.settingsHashes()),
        "a SOP made before redaction existed is redone when it is turned on");
    for (RunSettings other : List.of(settings(WINDOW_OF_0_1_0, "--alignCutChain=2.0"), settings())) {
      SopVersion wanted = new SopVersion(fingerprint, null, null, made.producedBy().version(), other.settingsHash());
      assertEquals("the model or settings changed", wanted.staleReason(existing, other.settingsHashes()));
    }
  }

  /** The settings of a run with these arguments (tunables among them) and the bundled tunables file. */
  static RunSettings settings(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--input=x", "--output=y"));
    all.addAll(List.of(args));
    Tunables.CommandLine line = Tunables.split(all.toArray(String[]::new));
    PipelineOptionsFactory.register(Reel2SopOptions.class);
    Reel2SopOptions options = PipelineOptionsFactory.fromArgs(line.options()).as(Reel2SopOptions.class);
    return RunSettingsFactory.from(options, Tunables.values(null, line.tunables()), 1, "run", "test");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SettingsHashTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

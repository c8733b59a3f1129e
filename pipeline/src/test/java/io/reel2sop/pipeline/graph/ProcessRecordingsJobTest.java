package io.reel2sop.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.model.Recording;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.config.Reel2SopOptions;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.config.RunSettingsFactory;
import io.reel2sop.pipeline.config.Tunables;
import io.reel2sop.pipeline.discover.RecordingFinder;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.store.InMemoryOutput;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.pipeline.store.SopVersion;
import io.reel2sop.storage.Fingerprints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job, as Scio's JobTest runs one: recordings in, {@link ProcessRecordings} on a
 * {@link TestPipeline} (the DirectRunner with its element checks on), the in-memory store as the
 * output, and the outcomes checked with {@link PAssert}; then what the store holds. No command
 * line, no output on disk.
 */
@ExtendWith(TestPipelineExtension.class)
class ProcessRecordingsJobTest {
  private static final Path SAMPLE = Path.of("../samples/new-lead-walkthrough.mp4").toAbsolutePath().normalize();

  @TempDir Path library;
  private InMemoryOutput output;

  @BeforeEach
  void output() throws IOException {
    output = new InMemoryOutput();
  }

  @AfterEach
  void dropOutput() throws IOException {
    output.close();
  }

  @Test
  void aLibraryIsMadeIntoSopsOneOutcomeEachAndABrokenFileIsRemembered(TestPipeline pipeline) throws Exception {
    TestFixtures.library(library, List.of("noaudio", "sidecar"));
    Files.writeString(library.resolve("broken.mp4"), "not a video\n");
    List<Recording> recordings = find();
    SopStore store = output.store();

    PCollection<RecordingOutcome> outcomes =
        pipeline
            .apply(Create.of(recordings).withCoder(JsonCoder.of(Recording.class)))
            .apply(new ProcessRecordings(settings(recordings.size(), "test"), store));
    PAssert.that(summaries(outcomes))
        .containsInAnyOrder("noaudio PROCESSED 5 steps", "sidecar PROCESSED 6 steps", "broken FAILED not a video: the file is text");
    pipeline.run().waitUntilFinish();

    for (String id : List.of("noaudio", "sidecar")) {
      SopDocument sop = store.current(id).orElseThrow();
      assertEquals("test", sop.producedBy().version());
      for (var step : sop.steps()) {
        assertTrue(Files.size(output.path(id).resolve(step.screenshot().path())) > 10_000, id + " " + step.screenshot());
      }
      assertTrue(Files.isRegularFile(output.path(id).resolve(SopLayout.COMPLETE_MARKER)), id);
    }
    assertEquals("not a video: the file is text", store.ledger().find("broken").orElseThrow().reason());
    assertTrue(output.files().stream().noneMatch(f -> f.startsWith(SopLayout.STAGING)), "nothing left staged: " + output.files());
  }

  @Test
  void anUpToDateSopIsSkippedAndAKnownBrokenFileIsNotTriedAgain(TestPipeline pipeline) throws Exception {
    Files.copy(SAMPLE, library.resolve(SAMPLE.getFileName()));
    Files.writeString(library.resolve("broken.mp4"), "not a video\n");
    // The sample's SOP as reel2sop 0.1.0 made it, with the settings hash of that version.
    Files.createDirectories(output.path("new-lead-walkthrough"));
    try (InputStream made = getClass().getResourceAsStream(
        "/io/reel2sop/pipeline/config/made-by-0.1.0/new-lead-walkthrough/sop.json")) {
      Files.copy(made, output.path("new-lead-walkthrough").resolve(SopLayout.CONTRACT));
    }
    List<Recording> recordings = find();
    RunSettings settings = settings(recordings.size(), "0.1.0");
    SopStore store = output.store();
    String broken = library.resolve("broken.mp4").toString();
    store.ledger().remember("broken", new SopVersion(Fingerprints.of(broken), null, null, "0.1.0", settings.settingsHash()),
        settings.settingsHashes(), "not a video: the file is text");

    PCollection<RecordingOutcome> outcomes =
        pipeline
            .apply(Create.of(recordings).withCoder(JsonCoder.of(Recording.class)))
            .apply(new ProcessRecordings(settings, store));
    PAssert.that(summaries(outcomes)).containsInAnyOrder(
        "new-lead-walkthrough SKIPPED 7 steps",
        "broken FAILED not a video: the file is text (failed before on this same file; --reprocess=failed retries it)");
    pipeline.run().waitUntilFinish();

    assertEquals(List.of(".reel2sop/failures/broken.json", "new-lead-walkthrough/sop.json"), output.files(),
        "nothing written but what was there");
    assertEquals("not a video: the file is text", store.ledger().find("broken").orElseThrow().reason());
  }

  /** {@code <id> <status> <n> steps}, or {@code <id> FAILED <reason>}: what a test can expect of an outcome. */
  private static PCollection<String> summaries(PCollection<RecordingOutcome> outcomes) {
    return outcomes.apply(MapElements.into(TypeDescriptors.strings()).via(o -> o.id() + " " + o.status() + " "
        + (o.status() == RecordingOutcome.Status.FAILED ? o.reason() : o.steps() + " steps")));
  }

  private List<Recording> find() throws IOException {
    return new RecordingFinder(true).find(library.toString(), output.path("")).recordings();
  }

  /**
   * The default settings but for the recogniser window, 0.1.0's default of 600 s, so that a SOP
   * 0.1.0 made is up to date (the default is 180 s now).
   */
  private static RunSettings settings(int recordings, String version) throws IOException {
    Reel2SopOptions options = PipelineOptionsFactory
        .fromArgs("--input=library", "--output=memory", "--recogniserWindowSeconds=600").as(Reel2SopOptions.class);
    return RunSettingsFactory.from(options, Tunables.values(null, Map.of()), recordings, "job-test", version);
  }
}

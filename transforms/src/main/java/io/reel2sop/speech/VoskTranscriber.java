package io.reel2sop.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reel2sop.media.AudioDecoder;
import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Transcribes a recording's audio with a shared Vosk model. Each result Vosk emits at an end of
 * speech becomes one utterance, with per-word times and confidences.
 */
public final class VoskTranscriber {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Model model;
  private final String language;

  public VoskTranscriber(Model model, String language) {
    this.model = model;
    this.language = language;
  }

  /** Decoded audio seconds and the transcript. */
  public record Result(Transcript transcript, double audioSeconds) {}

  public Result transcribe(Path recording) throws IOException {
    List<Utterance> utterances = new ArrayList<>();
    long samples;
    SeededDither dither = new SeededDither();
    try (Recognizer recognizer = new Recognizer(model, AudioDecoder.SAMPLE_RATE)) {
      recognizer.setWords(true);
      samples =
          AudioDecoder.decode(
              recording,
              (block, count) -> {
                dither.apply(block, count);
                if (recognizer.acceptWaveForm(block, count)) {
                  addUtterance(recognizer.getResult(), utterances);
                }
              });
      addUtterance(recognizer.getFinalResult(), utterances);
    }
    return new Result(
        new Transcript(language, "vosk", utterances), samples / (double) AudioDecoder.SAMPLE_RATE);
  }

  static void addUtterance(String resultJson, List<Utterance> into) throws IOException {
    JsonNode words = JSON.readTree(resultJson).path("result");
    List<Word> parsed = new ArrayList<>();
    for (JsonNode w : words) {
      parsed.add(
          new Word(
              w.path("word").asText(),
              w.path("start").asDouble(),
              w.path("end").asDouble(),
              w.path("conf").asDouble(1.0)));
    }
    if (!parsed.isEmpty()) {
      into.add(Utterance.ofWords(parsed));
    }
  }
}

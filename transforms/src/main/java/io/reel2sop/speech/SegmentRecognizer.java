package io.reel2sop.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reel2sop.media.AudioDecoder;
import io.reel2sop.model.Utterance;
import io.reel2sop.model.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Recognises speech segments in order, each after exactly the same history whoever runs it: the
 * segments whose voice starts in one window of the recording (a fixed stretch of {@code window}
 * samples from its start) share a recogniser, and a new window gets a new one.
 *
 * <p>Why not one recogniser per segment: a new recogniser builds its decoding graph lazily as it
 * decodes, which makes recognition several times slower until it has warmed up. Why not one for
 * the whole recording: the graph's state numbers follow the order the states were first reached,
 * and they break ties in the decoder, so a segment's word times and confidences (possibly its
 * words) depend on every segment the recogniser decoded before. Vosk's final result does discard the
 * speaker adaptation (i-vector and CMVN state), so within a window each segment still starts it
 * afresh.
 */
final class SegmentRecognizer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Vosk checks for the end of an utterance once per call, so every segment is fed in the same blocks. */
  private static final int FEED_BLOCK = 4000;

  private final Model model;
  private final long window;
  private Recognizer recognizer;
  private long currentWindow = -1;
  /** Samples fed to the current recogniser: Vosk's times count from its first sample. */
  private long fed;

  SegmentRecognizer(Model model, long window) {
    this.model = model;
    this.window = window;
  }

  /** The utterances of {@code segment}, whose audio (dithered) is {@code samples}. */
  List<Utterance> recognise(SpeechSegment segment, short[] samples) throws IOException {
    if (segment.voiceStart() / window != currentWindow) {
      close();
      recognizer = new Recognizer(model, AudioDecoder.SAMPLE_RATE);
      recognizer.setWords(true);
      currentWindow = segment.voiceStart() / window;
      fed = 0;
    }
    // Vosk adds this offset to its times in single precision.
    double offset = (float) fed / (float) AudioDecoder.SAMPLE_RATE;
    List<Utterance> utterances = new ArrayList<>();
    for (int at = 0; at < samples.length; at += FEED_BLOCK) {
      short[] block = Arrays.copyOfRange(samples, at, Math.min(samples.length, at + FEED_BLOCK));
      if (recognizer.acceptWaveForm(block, block.length)) {
        addUtterance(recognizer.getResult(), segment.startSeconds() - offset, utterances);
      }
    }
    addUtterance(recognizer.getFinalResult(), segment.startSeconds() - offset, utterances);
    fed += samples.length;
    return utterances;
  }

  @Override
  public void close() {
    if (recognizer != null) {
      recognizer.close();
      recognizer = null;
    }
  }

  private static void addUtterance(String resultJson, double shift, List<Utterance> into) throws IOException {
    List<Word> words = new ArrayList<>();
    for (JsonNode w : JSON.readTree(resultJson).path("result")) {
      words.add(new Word(w.path("word").asText(), microseconds(shift + w.path("start").asDouble()),
          microseconds(shift + w.path("end").asDouble()), w.path("conf").asDouble(1.0)));
    }
    if (!words.isEmpty()) {
      into.add(Utterance.ofWords(words));
    }
  }

  /** Vosk prints times to the microsecond. */
  private static double microseconds(double seconds) {
    return Math.round(seconds * 1e6) / 1e6;
  }
}

package io.reel2sop.speech;

import io.reel2sop.media.AudioDecoder;
import io.reel2sop.model.TimeChunk;
import io.reel2sop.model.Transcript;
import io.reel2sop.model.Utterance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Model;

/**
 * Transcribes a recording's audio with a shared Vosk model, one stretch of speech at a time
 * ({@link SpeechSegmenter}): the silence between segments is never recognised, and each segment is
 * recognised after exactly the same history however the recording is split into time chunks
 * ({@link SegmentRecognizer}), so the chunks of a recording give exactly the words of the whole.
 * Each result Vosk emits becomes one utterance, with per-word times and confidences.
 */
public final class VoskTranscriber {
  /**
   * The default stretch of recording whose segments share a recogniser. A new recogniser costs
   * about a second and a half of warming up: on the 12.7 minutes of dense narration of the dev
   * set's long_session, Vosk over its segments took 54 CPU-seconds with 600 s windows, 58 with
   * 180 s and 65 with 120 s, against 62 for one recogniser over all the audio. The pipeline makes
   * each window a speech task of its own (a chunk that starts inside a window recognises the
   * window's segments before it again and drops their words), so 180 s windows spread a
   * recording's speech over the workers in pieces of a few seconds of work each.
   */
  public static final double DEFAULT_WINDOW_SECONDS = 180;

  private final Model model;
  private final String language;
  private final SpeechSegmenter.Settings settings;
  private final long window;

  public VoskTranscriber(Model model, String language) {
    this(model, language, DEFAULT_WINDOW_SECONDS);
  }

  /** Segments whose voice starts in the same {@code windowSeconds} of the recording share a recogniser. */
  public VoskTranscriber(Model model, String language, double windowSeconds) {
    this(model, language, SpeechSegmenter.Settings.defaults(), windowSeconds);
  }

  VoskTranscriber(Model model, String language, SpeechSegmenter.Settings settings, double windowSeconds) {
    this.model = model;
    this.language = language;
    this.settings = settings;
    this.window = Math.round(windowSeconds * AudioDecoder.SAMPLE_RATE);
  }

  /**
   * The transcript and the seconds of audio it covers: for a chunk, the part of the recording the
   * chunk owns (up to the end of the audio).
   */
  public record Result(Transcript transcript, double audioSeconds) {}

  public Result transcribe(Path recording) throws IOException {
    return transcribe(recording, TimeChunk.whole(), 0);
  }

  /**
   * The words of the speech segments whose voice starts in {@code chunk}. Decoding starts
   * {@code overlapSeconds} plus the segmenter's look-back before the chunk (or before the start of
   * its recogniser window), and stops once every segment starting in the chunk has been heard to its
   * end.
   */
  public Result transcribe(Path recording, TimeChunk chunk, double overlapSeconds) throws IOException {
    List<Utterance> utterances = new ArrayList<>();
    SampleWindow recent = new SampleWindow();
    long replayFrom = chunk.isFirst() ? 0 : (long) (chunk.start() * AudioDecoder.SAMPLE_RATE) / window * window;
    try (SegmentRecognizer recognizer = new SegmentRecognizer(model, window)) {
      SpeechSegmenter segmenter = new SpeechSegmenter(settings, segment -> {
        boolean owned = chunk.owns(segment.voiceStartSeconds());
        boolean replayed = !owned && segment.voiceStart() >= replayFrom && segment.voiceStartSeconds() < chunk.start();
        if (owned || replayed) {
          short[] samples = recent.copy(segment.start(), segment.end());
          new SeededDither(segment.start()).apply(samples, samples.length);
          List<Utterance> heard = recognizer.recognise(segment, samples);
          if (owned) {
            utterances.addAll(heard);
          }
        }
      });
      double context = Math.min(chunk.start() - overlapSeconds, replayFrom / (double) AudioDecoder.SAMPLE_RATE);
      double from = chunk.isFirst() ? 0 : Math.max(0, context - settings.lookbackSeconds());
      long end = AudioDecoder.decode(recording, from, (block, count, first) -> {
        recent.append(block, count, first);
        segmenter.accept(block, count, first);
        recent.discardBefore(segmenter.keepFrom());
        return !settled(segmenter, chunk);
      });
      boolean stoppedEarly = settled(segmenter, chunk);
      if (!stoppedEarly) {
        segmenter.finish(end);
      }
      // Stopping early means the audio goes on past the chunk.
      double audioEnd = stoppedEarly ? chunk.end() : end / (double) AudioDecoder.SAMPLE_RATE;
      double ownedEnd = chunk.isLast() ? audioEnd : Math.min(audioEnd, chunk.end());
      double ownedStart = chunk.isFirst() ? 0 : chunk.start();
      return new Result(new Transcript(language, "vosk", utterances), Math.max(0, ownedEnd - ownedStart));
    }
  }

  /** Every segment the chunk owns has been delivered: the rest of the recording is another's. */
  private static boolean settled(SpeechSegmenter segmenter, TimeChunk chunk) {
    return !chunk.isLast() && segmenter.settledSample() / (double) AudioDecoder.SAMPLE_RATE >= chunk.end();
  }
}

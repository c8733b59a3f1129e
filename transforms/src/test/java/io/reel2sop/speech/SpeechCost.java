package io.reel2sop.speech;

import io.reel2sop.media.AudioDecoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Where the CPU-seconds of reel2sop's transcription go, against Vosk alone on the same 16 kHz
 * audio (issue 16). A benchmark, not a test: {@code SpeechCost <recording> [window seconds...]}
 * prints one {@code key=value} line per stage, each the CPU time of this thread (Vosk decodes on
 * the calling thread):
 *
 * <ul>
 *   <li>{@code decode}: decoding the track and resampling it to 16 kHz ({@link AudioDecoder});
 *   <li>{@code vad}: finding the speech segments ({@link SpeechSegmenter});
 *   <li>{@code dither}: cutting out and dithering each segment ({@link SeededDither});
 *   <li>{@code segments window=W}: Vosk over the segments as the pipeline feeds them, a new
 *       recogniser every W seconds ({@link SegmentRecognizer});
 *   <li>{@code alone}: one recogniser over all the audio, word times on, a result read at each
 *       endpoint Vosk reports, as Vosk's own examples do.
 * </ul>
 *
 * The model is loaded before anything is timed.
 */
public final class SpeechCost {
  private static final int BLOCK = 4000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SpeechCost() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Model model = LoadedModels.get(SpeechModelLocator.locate(null, SpeechModelLocator.defaultCacheRoot()).directory());

    long started = cpu();
    short[] audio = decode(file);
    report("decode", started, "audio=%.1f", audio.length / (double) AudioDecoder.SAMPLE_RATE);

    started = cpu();
    List<SpeechSegment> segments = segments(audio);
    long voiced = segments.stream().mapToLong(s -> s.end() - s.start()).sum();
    report("vad", started, "segments=%d segmentAudio=%.1f", segments.size(), voiced / (double) AudioDecoder.SAMPLE_RATE);

    started = cpu();
    List<short[]> dithered = new ArrayList<>(segments.size());
    for (SpeechSegment segment : segments) {
      short[] samples = Arrays.copyOfRange(audio, (int) segment.start(), (int) segment.end());
      new SeededDither(segment.start()).apply(samples, samples.length);
      dithered.add(samples);
    }
    report("dither", started, "");

    for (int i = 1; i < args.length; i++) {
      double window = Double.parseDouble(args[i]);
      if (window <= 0) {
        started = cpu();
        int words = alone(model, audio);
        report("alone", started, "words=%d", words);
        continue;
      }
      started = cpu();
      int words = 0;
      try (SegmentRecognizer recognizer = new SegmentRecognizer(model, Math.round(window * AudioDecoder.SAMPLE_RATE))) {
        for (int s = 0; s < segments.size(); s++) {
          words += recognizer.recognise(segments.get(s), dithered.get(s)).stream().mapToInt(u -> u.words().size()).sum();
        }
      }
      report("segments", started, "window=%.0f words=%d", window, words);
    }
  }

  private static short[] decode(Path file) throws Exception {
    short[][] audio = {new short[1 << 20]};
    int[] length = {0};
    AudioDecoder.decode(file, (block, count, first) -> {
      if (length[0] + count > audio[0].length) {
        audio[0] = Arrays.copyOf(audio[0], Math.max(2 * audio[0].length, length[0] + count));
      }
      System.arraycopy(block, 0, audio[0], length[0], count);
      length[0] += count;
      return true;
    });
    return Arrays.copyOf(audio[0], length[0]);
  }

  private static List<SpeechSegment> segments(short[] audio) throws Exception {
    List<SpeechSegment> segments = new ArrayList<>();
    SpeechSegmenter segmenter = new SpeechSegmenter(SpeechSegmenter.Settings.defaults(), segments::add);
    short[] block = new short[BLOCK];
    for (int at = 0; at < audio.length; at += BLOCK) {
      int count = Math.min(BLOCK, audio.length - at);
      System.arraycopy(audio, at, block, 0, count);
      segmenter.accept(block, count, at);
    }
    segmenter.finish(audio.length);
    return segments;
  }

  /** Vosk over all the audio, undithered, as a user would script it; returns the words heard. */
  private static int alone(Model model, short[] audio) throws Exception {
    int words = 0;
    try (Recognizer recognizer = new Recognizer(model, AudioDecoder.SAMPLE_RATE)) {
      recognizer.setWords(true);
      for (int at = 0; at < audio.length; at += BLOCK) {
        short[] block = Arrays.copyOfRange(audio, at, Math.min(audio.length, at + BLOCK));
        if (recognizer.acceptWaveForm(block, block.length)) {
          words += count(recognizer.getResult());
        }
      }
      words += count(recognizer.getFinalResult());
    }
    return words;
  }

  private static int count(String resultJson) {
    int words = 0;
    for (int at = resultJson.indexOf("\"word\""); at >= 0; at = resultJson.indexOf("\"word\"", at + 1)) {
      words++;
    }
    return words;
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static void report(String stage, long started, String format, Object... values) {
    System.out.printf("stage=%s cpu=%.2f %s%n", stage, (cpu() - started) / 1e9, String.format(format, values));
  }
}

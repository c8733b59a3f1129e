package io.reel2sop.bench;

import io.reel2sop.media.MediaProbe;
import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SceneCut;
import io.reel2sop.scene.RecordingSceneAnalyzer;
import io.reel2sop.scene.SceneSettings;
import io.reel2sop.speech.LoadedModels;
import io.reel2sop.speech.SpeechModelLocator;
import io.reel2sop.speech.VoskTranscriber;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The stages of the pipeline alone, for {@code bench/speed.sh}: {@code scenes <file>} times scene
 * detection, {@code speech <file>} times reel2sop's transcription of the whole file (model loading
 * excluded), {@code vosk <file>} times what a user would script: FFmpeg decoding to 16 kHz piped
 * into one Vosk recognizer over all of the audio, with word times, reading a result at each
 * endpoint Vosk reports as its examples do, {@code shots <file> <n>} times n
 * full-resolution screenshots spread over the file. One line of key=value out.
 */
public final class BenchTool {
  private BenchTool() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "scenes" -> {
        MediaInfo media = MediaProbe.probe(file);
        long started = System.nanoTime();
        SceneAnalysis analysis =
            new RecordingSceneAnalyzer().analyze(file.toString(), media.width(), media.height(), SceneSettings.defaults());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("seconds=%.3f frames=%d cuts=%s%n", seconds, analysis.framesDecoded(),
            analysis.cuts().stream().map(SceneCut::time).map(t -> String.format("%.3f", t)).collect(Collectors.joining(",")));
      }
      case "speech" -> {
        var model = LoadedModels.get(SpeechModelLocator.locate(null, SpeechModelLocator.defaultCacheRoot()).directory());
        long started = System.nanoTime();
        VoskTranscriber.Result result = new VoskTranscriber(model, "en").transcribe(file);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("seconds=%.3f audio=%.3f%n", seconds, result.audioSeconds());
      }
      case "vosk" -> {
        var model = LoadedModels.get(SpeechModelLocator.locate(null, SpeechModelLocator.defaultCacheRoot()).directory());
        long started = System.nanoTime();
        Process ffmpeg =
            new ProcessBuilder("ffmpeg", "-v", "error", "-i", file.toString(), "-vn", "-ac", "1", "-ar", "16000",
                    "-f", "s16le", "-")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long bytes = 0;
        try (var recognizer = new org.vosk.Recognizer(model, 16000f);
            var pcm = ffmpeg.getInputStream()) {
          recognizer.setWords(true);
          byte[] block = new byte[8000];
          int n;
          while ((n = pcm.readNBytes(block, 0, block.length)) > 0) {
            if (recognizer.acceptWaveForm(block, n)) {
              recognizer.getResult();
            }
            bytes += n;
          }
          recognizer.getFinalResult();
        }
        ffmpeg.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("seconds=%.3f audio=%.3f%n", seconds, bytes / 32000.0);
      }
      case "shots" -> {
        MediaInfo media = MediaProbe.probe(file);
        int count = Integer.parseInt(args[2]);
        Path dir = java.nio.file.Files.createTempDirectory("bench-shots");
        List<ScreenshotGrabber.Shot> shots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          shots.add(new ScreenshotGrabber.Shot(media.durationSeconds() * (i + 0.5) / count, dir.resolve(i + ".png")));
        }
        long started = System.nanoTime();
        ScreenshotGrabber.grab(file, shots);
        System.out.printf("seconds=%.3f shots=%d%n", (System.nanoTime() - started) / 1e9, count);
        io.reel2sop.files.FileTrees.delete(dir);
      }
      default -> throw new IllegalArgumentException("scenes|speech|vosk|shots <file> [count]");
    }
  }
}

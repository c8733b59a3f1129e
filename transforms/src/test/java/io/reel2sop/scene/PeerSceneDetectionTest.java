package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SceneCut;
import io.reel2sop.peer.PeerData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the detector, with the same settings as for screen recordings, on PySceneDetect's test
 * videos and scores it against their ContentDetector goldens (frame N = first frame of the new
 * scene; a detection matches at most one golden within 2 frames).
 */
class PeerSceneDetectionTest {
  private static final int TOLERANCE_FRAMES = 2;

  private record Golden(String file, int width, int height, double fps, List<Integer> cuts) {}

  private static final List<Golden> GOLDENS =
      List.of(
          new Golden("testvideo.mp4", 1280, 720, 30000.0 / 1001, List.of(30, 180, 394)),
          new Golden("goldeneye-vfr-drop3.mp4", 1280, 544, 24000.0 / 1001, List.of(90, 210)),
          new Golden("fades.mp4", 480, 320, 25, List.of()),
          new Golden("counter.mp4", 1920, 1080, 10, List.of()));

  @Test
  void beatsFfmpegSceneFilterOnPySceneDetectGoldens() throws Exception {
    Path dir = PeerData.require("pyscenedetect");
    RecordingSceneAnalyzer analyzer = new RecordingSceneAnalyzer();
    int tp = 0, fp = 0, fn = 0;
    for (Golden g : GOLDENS) {
      long t0 = System.nanoTime();
      SceneAnalysis analysis =
          analyzer.analyze(dir.resolve(g.file()).toString(), g.width(), g.height(), SceneSettings.defaults());
      double seconds = (System.nanoTime() - t0) / 1e9;
      List<Integer> detected = new ArrayList<>();
      for (SceneCut cut : analysis.cuts()) {
        detected.add((int) Math.round(cut.time() * g.fps()));
      }
      int matched = countMatches(detected, g.cuts());
      tp += matched;
      fp += detected.size() - matched;
      fn += g.cuts().size() - matched;
      System.out.printf(
          "%-26s golden=%s detected=%s TP=%d FP=%d FN=%d frames=%d %.2fs (%.0f fps)%n",
          g.file(), g.cuts(), detected, matched, detected.size() - matched,
          g.cuts().size() - matched, analysis.framesDecoded(), seconds,
          analysis.framesDecoded() / seconds);
    }
    double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    System.out.printf(
        "PEER scenes TOTAL TP=%d FP=%d FN=%d precision=%.3f recall=%.3f F1=%.3f (ffmpeg scene filter: 0.889)%n",
        tp, fp, fn, precision, recall, f1);
    assertTrue(f1 >= 0.89, "F1 " + f1 + " below 0.89");
  }

  /** Greedy one-to-one matching of detections to goldens within the frame tolerance. */
  static int countMatches(List<Integer> detected, List<Integer> golden) {
    boolean[] used = new boolean[golden.size()];
    int matches = 0;
    for (int d : detected) {
      for (int i = 0; i < golden.size(); i++) {
        if (!used[i] && Math.abs(golden.get(i) - d) <= TOLERANCE_FRAMES) {
          used[i] = true;
          matches++;
          break;
        }
      }
    }
    return matches;
  }
}

package io.reel2sop.pipeline.graph;

import io.reel2sop.align.StepAligner;
import io.reel2sop.files.FileTrees;
import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Transcript;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.store.SopFolderWriter;
import io.reel2sop.render.SopFiles;
import io.reel2sop.screen.NewScreens;
import io.reel2sop.screen.ReadingPlan;
import io.reel2sop.screen.ScreenReader;
import io.reel2sop.screen.ScreenReading;
import io.reel2sop.screen.TranscriptCorrector;
import io.reel2sop.sop.SopAssembler;
import io.reel2sop.storage.BucketSopPublisher;
import io.reel2sop.storage.LocalMedia;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Aligns a recording's scenes and words into steps, then renders the SOP and its screenshots into
 * a staging folder and publishes it: by renames into a local output, or as the next immutable
 * version plus stable files into a bucket.
 *
 * <p>Under a local output root the staging folder is there too, where every worker can write: the
 * SOP's texts are written when it is staged, its screenshots are taken by several workers
 * ({@link ShotRun}), and then one publishes it. A bucket output stages in the publishing worker's
 * temp folder, so that worker takes every screenshot.
 */
final class SopWriter {
  static final String STAGE = "writing the SOP";

  private final RunSettings settings;
  private final Path root;

  SopWriter(RunSettings settings) {
    this.settings = settings;
    this.root = Locations.path(settings.outputRoot());
  }

  /**
   * Reads the screen in each still period, judges which changes were new screens, and aligns the
   * narration into steps that name what they acted on.
   */
  SopDocument build(ProbedRecording probed, SceneAnalysis scenes, Transcript transcript, ScreenReader reader)
      throws IOException {
    double duration = Math.max(probed.media().durationSeconds(), scenes.decodedSeconds());
    List<ScreenReading> readings =
        reader.read(LocalMedia.of(probed.recording().uri()), ReadingPlan.periods(scenes.changes(), duration));
    SceneAnalysis judged = new SceneAnalysis(NewScreens.judge(scenes.changes(), readings, scenes.cuts()),
        scenes.localChanges(), scenes.changes(), scenes.framesDecoded(), scenes.decodedSeconds());
    Transcript heard = new TranscriptCorrector().correct(transcript, readings);
    List<Step> steps =
        new StepAligner().alignWithContext(heard, judged, readings, duration, settings.align()).steps();
    return SopAssembler.assemble(probed, duration, judged, heard, steps, producedBy(transcript));
  }

  /** Whether SOPs are staged where every worker can write: under a local output root. */
  boolean stagesShared() {
    return Locations.isLocal(root);
  }

  /**
   * A new staging folder under the local output root (see {@link #stagesShared()}) with the SOP's
   * texts written: its screenshots are still to be taken, and nothing is published before they are.
   */
  Path stageTexts(String id, SopDocument sop) throws IOException {
    SopFolderWriter writer = new SopFolderWriter(root);
    Path staged = writer.stage(id);
    try {
      writeTexts(sop, staged);
      return staged;
    } catch (IOException | RuntimeException e) {
      writer.discard(staged);
      throw e;
    }
  }

  /** The screenshots of {@code sop}'s steps, as files of the staged folder. */
  static List<ScreenshotGrabber.Shot> shots(SopDocument sop, Path staged) {
    return sop.steps().stream()
        .map(s -> new ScreenshotGrabber.Shot(s.screenshot().time(), staged.resolve(s.screenshot().path())))
        .toList();
  }

  /**
   * Publishes a staged folder whose screenshots are all taken under the local output root. The
   * staged folder is gone afterwards, published or dropped.
   */
  void publishStaged(String id, Path staged) throws IOException {
    SopFolderWriter writer = new SopFolderWriter(root);
    try {
      writer.publish(staged, id);
    } finally {
      writer.discard(staged);
    }
  }

  /** Drops a staged folder whose SOP will not be published. */
  void discard(Path staged) {
    new SopFolderWriter(root).discard(staged);
  }

  /** Stages the SOP in a temp folder, takes all its screenshots here, and publishes it to the bucket. */
  void publishToBucket(ProbedRecording probed, SopDocument sop) throws IOException {
    Path stagingRoot = Files.createTempDirectory("reel2sop-sop-");
    try {
      Path staged = new SopFolderWriter(stagingRoot).stage(probed.id());
      ScreenshotGrabber.grab(LocalMedia.of(probed.recording().uri()), shots(sop, staged), settings.shotRuns());
      writeTexts(sop, staged);
      new BucketSopPublisher(root)
          .publish(staged, probed.id(), prefix -> SopFiles.texts(SopFiles.withImagesUnder(sop, prefix)));
    } finally {
      FileTrees.delete(stagingRoot);
    }
  }

  private static void writeTexts(SopDocument sop, Path staged) throws IOException {
    for (Map.Entry<String, String> file : SopFiles.texts(sop).entrySet()) {
      SopFolderWriter.writeText(staged.resolve(file.getKey()), file.getValue());
    }
  }

  private SopDocument.ProducedBy producedBy(Transcript transcript) {
    SopDocument.ModelInfo model =
        "sidecar".equals(transcript.source())
            ? new SopDocument.ModelInfo("sidecar transcript", "-")
            : new SopDocument.ModelInfo(settings.modelName(), settings.modelVersion());
    return new SopDocument.ProducedBy(
        settings.version(), model, settings.settingsHash(), settings.runner(), Instant.now().toString());
  }
}

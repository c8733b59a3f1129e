package io.reel2sop.pipeline;

import io.reel2sop.align.StepAligner;
import io.reel2sop.files.FileTrees;
import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Transcript;
import io.reel2sop.render.SopFiles;
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
 */
final class SopWriter {
  private final RunSettings settings;

  SopWriter(RunSettings settings) {
    this.settings = settings;
  }

  SopDocument build(ProbedRecording probed, SceneAnalysis scenes, Transcript transcript) {
    double duration = Math.max(probed.media().durationSeconds(), scenes.decodedSeconds());
    List<Step> steps = new StepAligner().align(transcript, scenes, duration, settings.align());
    return SopAssembler.assemble(probed, duration, scenes, transcript, steps, producedBy(transcript));
  }

  void publish(ProbedRecording probed, SopDocument sop) throws IOException {
    Path root = Locations.path(settings.outputRoot());
    boolean local = Locations.isLocal(root);
    Path stagingRoot = local ? root : Files.createTempDirectory("reel2sop-sop-");
    SopFolderWriter writer = new SopFolderWriter(stagingRoot);
    Path staged = writer.stage(probed.id());
    try {
      ScreenshotGrabber.grab(
          LocalMedia.of(probed.recording().uri()),
          sop.steps().stream()
              .map(s -> new ScreenshotGrabber.Shot(s.screenshot().time(), staged.resolve(s.screenshot().path())))
              .toList(),
          settings.shotThreads());
      for (Map.Entry<String, String> file : SopFiles.texts(sop).entrySet()) {
        SopFolderWriter.writeText(staged.resolve(file.getKey()), file.getValue());
      }
      if (local) {
        writer.publish(staged, probed.id());
      } else {
        new BucketSopPublisher(root)
            .publish(staged, probed.id(), prefix -> SopFiles.texts(SopFiles.withImagesUnder(sop, prefix)));
      }
    } finally {
      writer.discard(staged);
      if (!local) {
        FileTrees.delete(stagingRoot);
      }
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

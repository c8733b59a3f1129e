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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Joins the stages' results for one recording, aligns them into steps, takes the screenshots,
 * renders every output into a staging folder and publishes it atomically.
 */
final class BuildSopFn extends DoFn<KV<String, CoGbkResult>, RecordingOutcome> {
  static final TupleTag<ProbedRecording> PROBED = new TupleTag<>() {};
  static final TupleTag<SceneAnalysis> SCENES = new TupleTag<>() {};
  static final TupleTag<Transcript> TRANSCRIPTS = new TupleTag<>() {};
  static final TupleTag<StageFailure> FAILURES = new TupleTag<>() {};

  private final RunSettings settings;

  BuildSopFn(RunSettings settings) {
    this.settings = settings;
  }

  @ProcessElement
  public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<RecordingOutcome> out) {
    CoGbkResult result = joined.getValue();
    ProbedRecording probed = result.getOnly(PROBED);
    List<StageFailure> failures = toList(result.getAll(FAILURES));
    if (!failures.isEmpty()) {
      String reason = failures.stream().map(StageFailure::reason).distinct().collect(Collectors.joining("; "));
      boolean fileFault = failures.stream().anyMatch(StageFailure::fileFault);
      out.output(RecordingOutcome.failed(probed.recording(), reason, fileFault));
      return;
    }
    String uri = probed.recording().uri();
    try {
      SceneAnalysis scenes = result.getOnly(SCENES);
      Transcript transcript = result.getOnly(TRANSCRIPTS);
      double duration = Math.max(probed.media().durationSeconds(), scenes.decodedSeconds());
      List<Step> steps = new StepAligner().align(transcript, scenes, duration, settings.align());
      SopDocument sop =
          SopAssembler.assemble(probed, duration, scenes, transcript, steps, producedBy(transcript));
      write(probed, sop);
      out.output(RecordingOutcome.processed(probed.recording(), steps.size(), duration, probed.id()));
    } catch (Exception e) {
      out.output(RecordingOutcome.failed(probed.recording(), StageFailure.of(probed.recording(), "writing the SOP", e)));
    } finally {
      try {
        LocalMedia.release(uri);
      } catch (IOException e) {
        // only a scratch copy; the next download replaces it
      }
    }
  }

  /**
   * Renders the SOP and its screenshots into a staging folder and publishes it: by renames into a
   * local output, or as the next immutable version plus stable files into a bucket.
   */
  private void write(ProbedRecording probed, SopDocument sop) throws IOException {
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
              .toList());
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

  private static <T> List<T> toList(Iterable<T> items) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }
}

package io.reel2sop.pipeline;

import io.reel2sop.align.StepAligner;
import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Transcript;
import io.reel2sop.render.HtmlRenderer;
import io.reel2sop.render.MarkdownRenderer;
import io.reel2sop.render.SopJson;
import io.reel2sop.render.WebVttRenderer;
import io.reel2sop.sop.SopAssembler;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
      out.output(RecordingOutcome.failed(probed.recording(), reason));
      return;
    }
    SopFolderWriter writer = new SopFolderWriter(Path.of(settings.outputRoot()));
    Path staged = null;
    try {
      SceneAnalysis scenes = result.getOnly(SCENES);
      Transcript transcript = result.getOnly(TRANSCRIPTS);
      double duration = Math.max(probed.media().durationSeconds(), scenes.decodedSeconds());
      List<Step> steps = new StepAligner().align(transcript, scenes, duration, settings.align());
      SopDocument sop =
          SopAssembler.assemble(probed, duration, scenes, transcript, steps, producedBy(transcript));
      staged = writer.stage(probed.id());
      Path folder = staged;
      ScreenshotGrabber.grab(
          Path.of(probed.recording().uri()),
          steps.stream()
              .map(s -> new ScreenshotGrabber.Shot(s.screenshot().time(), folder.resolve(s.screenshot().path())))
              .toList());
      SopFolderWriter.writeText(staged.resolve("sop.md"), MarkdownRenderer.render(sop));
      SopFolderWriter.writeText(staged.resolve("sop.html"), HtmlRenderer.render(sop));
      SopFolderWriter.writeText(staged.resolve("transcript.vtt"), WebVttRenderer.render(sop));
      SopFolderWriter.writeText(staged.resolve("sop.json"), SopJson.write(sop));
      writer.publish(staged, probed.id());
      out.output(RecordingOutcome.processed(probed.recording(), steps.size(), duration, probed.id()));
    } catch (Exception e) {
      if (staged != null) {
        writer.discard(staged);
      }
      StageFailure failure = StageFailure.of(probed.recording(), "writing the SOP", e);
      out.output(RecordingOutcome.failed(probed.recording(), failure.reason()));
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

package io.reel2sop.pipeline.graph;

import io.reel2sop.align.StepAligner;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Transcript;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.redact.SopMasker;
import io.reel2sop.screen.NewScreens;
import io.reel2sop.screen.ReadingPlan;
import io.reel2sop.screen.ScreenReader;
import io.reel2sop.screen.ScreenReading;
import io.reel2sop.screen.TranscriptCorrector;
import io.reel2sop.sop.SopAssembler;
import io.reel2sop.storage.LocalMedia;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Makes a recording's SOP document from its stitched scenes and words: reads the screen, judges
 * which changes were new screens, and aligns the narration into steps, every text masked by the
 * run's redaction rules. Its screenshots are taken (and redacted) later ({@link TakeScreenshots}).
 */
final class SopBuilder {
  /** The stage named in a failure from here to the published SOP. */
  static final String STAGE = "writing the SOP";

  private final RunSettings settings;

  SopBuilder(RunSettings settings) {
    this.settings = settings;
  }

  /**
   * Reads the screen in each still period, judges which changes were new screens, and aligns the
   * narration into steps that name what they acted on.
   */
  SopDocument build(ProbedRecording probed, SceneAnalysis scenes, Transcript transcript, ScreenReader reader)
      throws IOException {
    double duration = Math.max(probed.media().durationSeconds(), scenes.decodedSeconds());
    long started = System.nanoTime();
    List<ScreenReading> readings =
        reader.read(LocalMedia.of(probed.recording().uri()), ReadingPlan.periods(scenes.changes(), scenes.localChanges(), duration));
    RunMetrics.OCR_WORK_MILLIS.inc(RunMetrics.millisSince(started));
    SceneAnalysis judged = new SceneAnalysis(NewScreens.judge(scenes.changes(), readings, scenes.cuts()),
        scenes.localChanges(), scenes.changes(), scenes.pointerRests(), scenes.framesDecoded(), scenes.decodedSeconds());
    Transcript heard = new TranscriptCorrector().correct(transcript, readings);
    StepAligner.Alignment alignment =
        new StepAligner().alignWithContext(heard, judged, readings, duration, settings.align());
    return SopMasker.mask(
        SopAssembler.assemble(probed, duration, judged, heard, alignment, readings, producedBy(transcript)),
        settings.redaction());
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

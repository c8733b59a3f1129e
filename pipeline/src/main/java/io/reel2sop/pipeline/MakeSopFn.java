package io.reel2sop.pipeline;

import io.reel2sop.media.MediaProbe;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.model.SopDocument;
import io.reel2sop.speech.LoadedModels;
import io.reel2sop.speech.SpeechModel;
import io.reel2sop.speech.SpeechModelLocator;
import io.reel2sop.speech.VoskTranscriber;
import io.reel2sop.storage.LocalMedia;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Turns one recording into a published SOP, start to finish: probe, then scene detection and
 * transcription side by side (two threads: video decoding and speech recognition each keep a core
 * busy), then alignment, screenshots and publishing. Each recording is finished and visible as
 * soon as it is done, instead of every recording waiting at a grouping step for the whole batch.
 * The Vosk model is loaded in {@link #setup()} and shared by all instances in the worker JVM.
 */
final class MakeSopFn extends DoFn<Recording, RecordingOutcome> {
  private final RunSettings settings;
  private transient TranscriptStage transcripts;
  private transient ExecutorService speechThread;

  MakeSopFn(RunSettings settings) {
    this.settings = settings;
  }

  @Setup
  public void setup() throws IOException {
    SpeechModel model = SpeechModelLocator.locate(settings.modelDir(), settings.modelCacheRoot());
    transcripts = new TranscriptStage(new VoskTranscriber(LoadedModels.get(model.directory()), settings.language()));
    speechThread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "reel2sop-speech");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Teardown
  public void teardown() {
    if (speechThread != null) {
      speechThread.shutdownNow();
    }
  }

  @ProcessElement
  public void process(@Element Recording recording, OutputReceiver<RecordingOutcome> out) {
    RecordingOutcome outcome;
    try {
      outcome = make(recording);
    } finally {
      try {
        LocalMedia.release(recording.uri());
      } catch (IOException e) {
        // only a scratch copy; the next download replaces it
      }
    }
    remember(outcome);
    OutcomeLog.log(outcome, settings.runId(), settings.totalRecordings());
    out.output(outcome);
  }

  private RecordingOutcome make(Recording recording) {
    ProbedRecording probed;
    try {
      probed = new ProbedRecording(recording, MediaProbe.probe(LocalMedia.of(recording.uri())));
    } catch (Exception e) {
      return RecordingOutcome.failed(recording, StageFailure.of(recording, "probe", e));
    }
    CompletableFuture<TranscriptStage.Result> words =
        CompletableFuture.supplyAsync(() -> transcribe(probed), speechThread);
    List<StageFailure> failures = new ArrayList<>();
    SceneAnalysis scenes = null;
    try {
      scenes = new SceneStage(settings.scene()).detect(probed);
      RunMetrics.FRAMES_DECODED.inc(scenes.framesDecoded());
      RunMetrics.VIDEO_MILLIS.inc(Math.round(scenes.decodedSeconds() * 1000));
    } catch (Exception e) {
      failures.add(StageFailure.of(recording, "scene detection", e));
    }
    TranscriptStage.Result transcript = null;
    try {
      transcript = words.join();
      RunMetrics.AUDIO_MILLIS.inc(Math.round(transcript.audioSeconds() * 1000));
    } catch (CompletionException e) {
      Exception cause = e.getCause() instanceof Exception c ? c : e;
      failures.add(StageFailure.of(recording, "transcription", cause));
    }
    if (!failures.isEmpty()) {
      String reason = failures.stream().map(StageFailure::reason).distinct().collect(Collectors.joining("; "));
      return RecordingOutcome.failed(recording, reason, failures.stream().anyMatch(StageFailure::fileFault));
    }
    try {
      SopWriter writer = new SopWriter(settings);
      SopDocument sop = writer.build(probed, scenes, transcript.transcript());
      writer.publish(probed, sop);
      return RecordingOutcome.processed(recording, sop.steps().size(), sop.recording().durationSeconds(), probed.id());
    } catch (Exception e) {
      return RecordingOutcome.failed(recording, StageFailure.of(recording, "writing the SOP", e));
    }
  }

  private TranscriptStage.Result transcribe(ProbedRecording probed) {
    try {
      return transcripts.transcribe(probed);
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }

  /**
   * Remembers a failure that is the file's own fault in the {@link FailureLedger}, and forgets it
   * once the recording succeeds. A storage or network failure is not remembered: the next run
   * retries it.
   */
  private void remember(RecordingOutcome outcome) {
    FailureLedger ledger = new FailureLedger(Locations.path(settings.outputRoot()));
    try {
      if (outcome.status() == RecordingOutcome.Status.FAILED && outcome.fileFault()) {
        ledger.record(
            outcome.id(),
            new SopVersion(outcome.fingerprint(), outcome.sidecarFingerprint(), outcome.metadata(),
                settings.version(), settings.settingsHash()),
            outcome.reason());
      } else {
        ledger.clear(outcome.id());
      }
    } catch (IOException e) {
      OutcomeLog.warn("could not update the failure ledger for " + outcome.uri() + ": " + e.getMessage());
    }
  }
}

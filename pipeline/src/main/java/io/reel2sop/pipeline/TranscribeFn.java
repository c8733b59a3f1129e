package io.reel2sop.pipeline;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Transcript;
import io.reel2sop.sidecar.SidecarTranscript;
import io.reel2sop.speech.LoadedModels;
import io.reel2sop.speech.SpeechModel;
import io.reel2sop.speech.SpeechModelLocator;
import io.reel2sop.speech.VoskTranscriber;
import io.reel2sop.storage.LocalMedia;
import io.reel2sop.storage.Locations;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.vosk.Model;

/**
 * Timed words for each recording: from its sidecar transcript when there is one, otherwise from
 * Vosk. The model is loaded in {@link #setup()} and shared by all instances in the worker JVM.
 */
final class TranscribeFn extends DoFn<ProbedRecording, KV<String, Transcript>> {
  static final TupleTag<KV<String, Transcript>> TRANSCRIBED = new TupleTag<>() {};
  static final TupleTag<StageFailure> FAILED = new TupleTag<>() {};

  private final RunSettings settings;
  private transient VoskTranscriber transcriber;

  TranscribeFn(RunSettings settings) {
    this.settings = settings;
  }

  @Setup
  public void setup() throws Exception {
    SpeechModel speechModel = SpeechModelLocator.locate(settings.modelDir(), settings.modelCacheRoot());
    Model model = LoadedModels.get(speechModel.directory());
    transcriber = new VoskTranscriber(model, settings.language());
  }

  @ProcessElement
  public void process(@Element ProbedRecording probed, MultiOutputReceiver out) {
    try {
      out.get(TRANSCRIBED).output(KV.of(probed.id(), transcribe(probed)));
    } catch (Exception e) {
      out.get(FAILED).output(StageFailure.of(probed.recording(), "transcription", e));
    }
  }

  private Transcript transcribe(ProbedRecording probed) throws Exception {
    String sidecar = probed.recording().sidecarUri();
    if (sidecar != null) {
      return SidecarTranscript.read(Locations.path(sidecar));
    }
    if (!probed.media().hasAudio()) {
      return Transcript.none();
    }
    VoskTranscriber.Result result = transcriber.transcribe(LocalMedia.of(probed.recording().uri()));
    RunMetrics.AUDIO_MILLIS.inc(Math.round(result.audioSeconds() * 1000));
    return result.transcript();
  }
}

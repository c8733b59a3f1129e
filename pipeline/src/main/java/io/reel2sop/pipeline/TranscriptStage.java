package io.reel2sop.pipeline;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Transcript;
import io.reel2sop.sidecar.SidecarTranscript;
import io.reel2sop.speech.VoskTranscriber;
import io.reel2sop.storage.LocalMedia;
import io.reel2sop.storage.Locations;

/**
 * Timed words for one recording: from its sidecar transcript when there is one, none without an
 * audio track, otherwise from Vosk.
 */
final class TranscriptStage {
  /** The transcript and how many seconds of audio were recognised for it. */
  record Result(Transcript transcript, double audioSeconds) {}

  private final VoskTranscriber transcriber;

  TranscriptStage(VoskTranscriber transcriber) {
    this.transcriber = transcriber;
  }

  Result transcribe(ProbedRecording probed) throws Exception {
    String sidecar = probed.recording().sidecarUri();
    if (sidecar != null) {
      return new Result(SidecarTranscript.read(Locations.path(sidecar)), 0);
    }
    if (!probed.media().hasAudio()) {
      return new Result(Transcript.none(), 0);
    }
    VoskTranscriber.Result result = transcriber.transcribe(LocalMedia.of(probed.recording().uri()));
    return new Result(result.transcript(), result.audioSeconds());
  }
}

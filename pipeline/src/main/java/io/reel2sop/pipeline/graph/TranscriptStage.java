package io.reel2sop.pipeline.graph;

import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.TimeChunk;
import io.reel2sop.model.Transcript;
import io.reel2sop.sidecar.SidecarTranscript;
import io.reel2sop.speech.VoskTranscriber;
import io.reel2sop.storage.LocalMedia;
import io.reel2sop.storage.Locations;
import java.util.List;

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

  /**
   * The words whose speech starts in {@code chunk}. A sidecar transcript or a silent recording is
   * planned as one whole chunk.
   */
  Result transcribe(ProbedRecording probed, TimeChunk chunk, double overlapSeconds) throws Exception {
    String sidecar = probed.recording().sidecarUri();
    if (sidecar != null) {
      return new Result(SidecarTranscript.read(Locations.path(sidecar)), 0);
    }
    if (!probed.media().hasAudio()) {
      return new Result(Transcript.none(), 0);
    }
    VoskTranscriber.Result result =
        transcriber.transcribe(LocalMedia.of(probed.recording().uri()), chunk, overlapSeconds);
    return new Result(result.transcript(), result.audioSeconds());
  }

  /** The transcript of a whole recording from those of its chunks, in chunk order. */
  static Transcript stitch(List<Transcript> chunks) {
    Transcript first = chunks.get(0);
    return new Transcript(
        first.language(), first.source(), chunks.stream().flatMap(t -> t.utterances().stream()).toList());
  }
}

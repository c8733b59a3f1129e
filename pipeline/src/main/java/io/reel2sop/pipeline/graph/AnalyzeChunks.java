package io.reel2sop.pipeline.graph;

import io.reel2sop.model.SceneAnalysis;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.speech.LoadedModels;
import io.reel2sop.speech.SpeechModel;
import io.reel2sop.speech.SpeechModelLocator;
import io.reel2sop.speech.VoskTranscriber;
import java.io.IOException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Runs the chunk tasks, lane by lane: scene detection or speech recognition of one time chunk of a
 * recording each. The results leave keyed by their recording's id.
 */
final class AnalyzeChunks extends PTransform<PCollection<TaskLane>, PCollection<KV<String, ChunkResult>>> {
  private final RunSettings settings;

  AnalyzeChunks(RunSettings settings) {
    this.settings = settings;
  }

  @Override
  public PCollection<KV<String, ChunkResult>> expand(PCollection<TaskLane> lanes) {
    return lanes
        .apply("Spread", Reshuffle.viaRandomKey())
        .apply("Analyze", ParDo.of(new AnalyzeLaneFn(settings)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(ChunkResult.class)));
  }

  /** The Vosk model is loaded in {@link #setup()} and shared by every instance in the worker JVM. */
  private static final class AnalyzeLaneFn extends DoFn<TaskLane, KV<String, ChunkResult>> {
    private final RunSettings settings;
    private transient TranscriptStage transcripts;

    AnalyzeLaneFn(RunSettings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() throws IOException {
      SpeechModel model = SpeechModelLocator.locate(settings.modelDir(), settings.modelCacheRoot());
      transcripts = new TranscriptStage(new VoskTranscriber(
          LoadedModels.get(model.directory()), settings.language(), settings.recogniserWindowSeconds()));
    }

    @ProcessElement
    public void process(@Element TaskLane lane, OutputReceiver<KV<String, ChunkResult>> out) {
      for (ChunkTask task : lane.tasks()) {
        long started = System.nanoTime();
        ChunkResult result = run(task);
        (task.kind() == ChunkTask.Kind.SCENES ? RunMetrics.SCENE_WORK_MILLIS : RunMetrics.SPEECH_WORK_MILLIS)
            .inc(RunMetrics.millisSince(started));
        out.output(KV.of(task.probed().recording().id(), result));
      }
    }

    private ChunkResult run(ChunkTask task) {
      return switch (task.kind()) {
        case SCENES -> {
          try {
            SceneAnalysis scenes =
                new SceneStage(settings.scene()).detect(task.probed(), task.chunk(), task.overlapSeconds());
            RunMetrics.FRAMES_DECODED.inc(scenes.framesDecoded());
            yield ChunkResult.scenes(task, scenes);
          } catch (Exception e) {
            yield ChunkResult.failed(task, StageFailure.of(task.probed().recording(), "scene detection", e));
          }
        }
        case SPEECH -> {
          try {
            TranscriptStage.Result words = transcripts.transcribe(task.probed(), task.chunk(), task.overlapSeconds());
            RunMetrics.AUDIO_MILLIS.inc(Math.round(words.audioSeconds() * 1000));
            yield ChunkResult.words(task, words.transcript(), words.audioSeconds());
          } catch (Exception e) {
            yield ChunkResult.failed(task, StageFailure.of(task.probed().recording(), "transcription", e));
          }
        }
      };
    }
  }
}

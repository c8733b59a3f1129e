package io.reel2sop.pipeline.graph;

import io.reel2sop.model.MediaInfo;
import io.reel2sop.model.ProbedRecording;
import io.reel2sop.model.Recording;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RunMetrics;
import io.reel2sop.pipeline.outcome.StageFailure;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.pipeline.store.StagedSop;
import io.reel2sop.redact.RedactBox;
import io.reel2sop.render.SopFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * Renders a SOP again whose reviewer's edits changed while its analysis is up to date, without
 * analysing the recording: the generated SOP kept beside it gets the edits applied again, and is
 * staged with its change summary. Screenshots the current SOP already shows at the same time are
 * copied from it; only those at new times (moved by an edit, or the first part of a split step)
 * leave as runs to take from the recording ({@link AssembleSops#SHOT_RUNS}), then are published
 * like any SOP.
 */
final class ReapplyEdits extends PTransform<PCollection<Recording>, PCollectionTuple> {
  private final JobContext job;

  ReapplyEdits(JobContext job) {
    this.job = job;
  }

  @Override
  public PCollectionTuple expand(PCollection<Recording> recordings) {
    return recordings.apply("Render", new PassOrEnd<>(new ReapplyFn(job), AssembleSops.SHOT_RUNS,
        KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(ShotRun.class))));
  }

  private static final class ReapplyFn extends DoFn<Recording, KV<String, ShotRun>> {
    private final JobContext job;

    ReapplyFn(JobContext job) {
      this.job = job;
    }

    @ProcessElement
    public void process(@Element Recording recording, MultiOutputReceiver out) {
      long started = System.nanoTime();
      SopStore store = job.store();
      StagedSop staged = null;
      try {
        SopDocument generated = store.generated(recording.id())
            .orElseThrow(() -> new IOException("the generated SOP " + store.locationOf(recording.id() + "/"
                + SopFiles.GENERATED) + " cannot be read"));
        SopRevision revision = SopRevision.of(store, recording.id(), generated, false, job.settings().redaction());
        staged = revision.stage(store, recording.id());
        List<Screenshot> toTake = new ArrayList<>();
        store.copyScreenshots(staged, kept(revision, toTake));
        ProbedRecording probed = new ProbedRecording(recording, media(generated.recording()));
        for (ShotRun run : ShotRun.plan(probed, staged, revision.edited(), toTake, job.settings().shotRuns(),
            revision.note())) {
          out.get(AssembleSops.SHOT_RUNS).output(KV.of(recording.id(), run));
        }
        RunMetrics.SOPS_RE_RENDERED.inc();
      } catch (Exception e) {
        if (staged != null) {
          store.discard(staged);
        }
        out.get(PassOrEnd.ENDED).output(RecordingOutcome.failed(recording, StageFailure.of(recording, SopBuilder.STAGE, e)));
      }
      RunMetrics.WRITE_WORK_MILLIS.inc((System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The screenshots of the current SOP to copy (its path to the new one) where it shows the same
     * moment under the same reviewer's boxes; the others go to {@code toTake}.
     */
    private static Map<String, String> kept(SopRevision revision, List<Screenshot> toTake) {
      Map<String, String> copies = new LinkedHashMap<>();
      boolean sameBoxes = revision.previous() != null && covers(revision.previous()).equals(covers(revision.edited()));
      List<Screenshot> shown = sameBoxes
          ? revision.previous().steps().stream().map(Step::screenshot).toList()
          : List.of();
      for (Step step : revision.edited().steps()) {
        Screenshot wanted = step.screenshot();
        Screenshot same = shown.stream().filter(s -> Math.abs(s.time() - wanted.time()) < 1e-6).findFirst().orElse(null);
        if (same != null) {
          copies.put(same.path(), wanted.path());
        } else {
          toTake.add(wanted);
        }
      }
      return copies;
    }

    /** The reviewer's redaction boxes a SOP's screenshots were taken under, as its edits list them. */
    private static List<String> covers(SopDocument sop) {
      return sop.edits() == null ? List.of() : sop.edits().applied().stream()
          .map(SopDocument.EditResult::edit).filter(edit -> edit.startsWith(RedactBox.DESCRIBED)).toList();
    }

    /** What the SOP recorded of the recording's media; the screenshots need no more. */
    private static MediaInfo media(SopDocument.RecordingInfo seen) {
      return new MediaInfo(seen.durationSeconds(), seen.width(), seen.height(), seen.fps(), seen.hasAudio(), null,
          null, null);
    }
  }
}

package io.reel2sop.pipeline.graph;

import io.reel2sop.edit.EditsFile;
import io.reel2sop.model.Recording;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.config.ReprocessMode;
import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.outcome.RevisionNote;
import io.reel2sop.pipeline.store.FailureLedger;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.pipeline.store.SopVersion;
import io.reel2sop.storage.Fingerprints;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Decides per recording whether this run has work to do: it fingerprints the recording (and its
 * sidecar), compares with the current SOP, its reviewer's edits and the failure ledger, and either
 * passes it on to be analysed ({@link #TO_DO}), passes a SOP whose analysis is up to date but whose
 * {@code edits.json} changed on to be rendered again from its generated SOP ({@link #RE_EDIT}), or
 * ends it here ({@link PassOrEnd#ENDED}) as up to date, as a known failure that is not retried, or
 * as failed because its edits file cannot be used.
 */
final class Triage extends PTransform<PCollection<Recording>, PCollectionTuple> {
  static final TupleTag<Recording> TO_DO = new TupleTag<>() {};
  static final TupleTag<Recording> RE_EDIT = new TupleTag<>() {};

  private final JobContext job;

  Triage(JobContext job) {
    this.job = job;
  }

  @Override
  public PCollectionTuple expand(PCollection<Recording> recordings) {
    PCollectionTuple decided = recordings
        .apply("Spread", Reshuffle.viaRandomKey())
        .apply("Decide", new PassOrEnd<>(new TriageFn(job), TO_DO, JsonCoder.of(Recording.class),
            TupleTagList.of(RE_EDIT)));
    decided.get(RE_EDIT).setCoder(JsonCoder.of(Recording.class));
    return decided;
  }

  private static final class TriageFn extends DoFn<Recording, Recording> {
    private final JobContext job;

    TriageFn(JobContext job) {
      this.job = job;
    }

    @ProcessElement
    public void process(@Element Recording found, MultiOutputReceiver out) {
      RunSettings settings = job.settings();
      SopStore store = job.store();
      Optional<SopDocument> current = store.current(found.id());
      Recording recording;
      try {
        recording = fingerprinted(found, current);
      } catch (IOException unreadable) {
        out.get(TO_DO).output(found); // the probe names the cause
        return;
      }
      ReprocessMode mode = settings.reprocess();
      if (mode == ReprocessMode.ALL) {
        passIfEditsUsable(recording, TO_DO, out);
        return;
      }
      SopVersion wanted = new SopVersion(recording.fingerprint(), recording.sidecarFingerprint(), recording.metadata(),
          settings.version(), settings.settingsHash());
      if (current.isPresent() && wanted.staleReason(SopVersion.of(current.get()), settings.settingsHashes()) == null) {
        SopDocument sop = current.get();
        String editsNow;
        try {
          editsNow = store.edits(recording.id()).map(EditsFile::hashOf).orElse(null);
        } catch (IOException unreadable) {
          out.get(PassOrEnd.ENDED).output(RecordingOutcome.failed(recording,
              "cannot read " + store.locationOf(recording.id() + "/" + EditsFile.NAME) + ": " + unreadable.getMessage(),
              false));
          return;
        }
        if (Objects.equals(editsNow, sop.edits() == null ? null : sop.edits().hash())) {
          List<String> orphaned = sop.edits() == null
              ? List.of()
              : sop.edits().orphaned().stream().map(SopDocument.EditResult::inWords).toList();
          out.get(PassOrEnd.ENDED).output(RecordingOutcome.skipped(recording, "up to date", sop.steps().size(),
              sop.recording().durationSeconds(), orphaned.isEmpty() ? null : new RevisionNote(false, null, false, orphaned)));
        } else {
          // the analysis is current: render the kept generated SOP again with the new edits
          passIfEditsUsable(recording, store.generated(recording.id()).isPresent() ? RE_EDIT : TO_DO, out);
        }
        return;
      }
      if (mode == ReprocessMode.STALE) {
        Optional<FailureLedger.Entry> failedBefore = store.ledger().find(recording.id())
            .filter(e -> wanted.staleReason(e.version(), settings.settingsHashes()) == null);
        if (failedBefore.isPresent()) {
          out.get(PassOrEnd.ENDED).output(
              RecordingOutcome.failed(
                  recording,
                  failedBefore.get().reason() + " (failed before on this same file; --reprocess=failed retries it)",
                  true));
          return;
        }
      }
      passIfEditsUsable(recording, TO_DO, out);
    }

    /** Passes the recording on to {@code next}, or ends it as failed when its edits file cannot be used. */
    private void passIfEditsUsable(Recording recording, TupleTag<Recording> next, MultiOutputReceiver out) {
      try {
        SopRevision.editsOf(job.store(), recording.id());
      } catch (IOException unusable) {
        out.get(PassOrEnd.ENDED).output(RecordingOutcome.failed(recording, unusable.getMessage(), false));
        return;
      }
      out.get(next).output(recording);
    }

    /**
     * The content hashes. An unchanged file (same size and modification time as its SOP recorded)
     * keeps the fingerprint in its SOP, so a nightly rerun does not read the whole library again.
     */
    private static Recording fingerprinted(Recording recording, Optional<SopDocument> current) throws IOException {
      String content = null;
      if (current.isPresent()) {
        SopDocument.RecordingInfo seen = current.get().recording();
        if (recording.sizeBytes() == seen.sizeBytes()
            && recording.modifiedAt() != null
            && Objects.equals(recording.modifiedAt(), seen.modifiedAt())
            && recording.uri().equals(seen.uri())) {
          content = seen.fingerprint();
        }
      }
      if (content == null) {
        content = Fingerprints.of(recording.uri());
      }
      String sidecar = recording.sidecarUri() == null ? null : Fingerprints.of(recording.sidecarUri());
      return recording.withFingerprints(content, sidecar);
    }
  }
}

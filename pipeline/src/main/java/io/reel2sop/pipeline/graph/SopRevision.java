package io.reel2sop.pipeline.graph;

import io.reel2sop.change.SopDiff;
import io.reel2sop.edit.EditApplier;
import io.reel2sop.edit.EditsFile;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.outcome.RevisionNote;
import io.reel2sop.pipeline.store.SopStore;
import io.reel2sop.pipeline.store.StagedSop;
import io.reel2sop.redact.RedactionRules;
import io.reel2sop.redact.SopMasker;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The SOP a run publishes for a recording: the SOP reel2sop generated, the reviewer's
 * {@code edits.json} applied to it (when there is one), and what changed from the SOP it replaces
 * (null when there was none). Made the same way after an analysis and when only the edits changed.
 */
record SopRevision(SopDocument generated, SopDocument edited, SopDocument previous, SopChanges changes,
    boolean reanalysed) {

  /**
   * Reads the recording's edits and current SOP from the store. {@code reanalysed}: {@code
   * generated} was just made; otherwise it is the generated SOP kept from before and the edited SOP
   * is dated now. The redaction rules mask what the reviewer wrote, and the SOP replaced as the
   * change summary quotes it (it may have been made before redaction was turned on).
   *
   * @throws io.reel2sop.edit.EditsFileException when the edits file cannot be used, naming it
   */
  static SopRevision of(SopStore store, String id, SopDocument generated, boolean reanalysed,
      RedactionRules redaction) throws IOException {
    String now = reanalysed ? generated.producedBy().createdAt() : Instant.now().toString();
    Optional<EditsFile> edits = editsOf(store, id);
    SopDocument edited = edits.isPresent()
        ? SopMasker.mask(EditApplier.apply(generated, edits.get()), redaction)
        : generated;
    if (!reanalysed) {
      edited = edited.madeAt(now);
    }
    SopDocument previous = store.current(id).map(sop -> SopMasker.mask(sop, redaction)).orElse(null);
    SopChanges changes = previous == null ? null : SopDiff.between(previous, edited, reanalysed, now);
    return new SopRevision(generated, edited, previous, changes, reanalysed);
  }

  /**
   * The recording's edits file, read and checked, if it has one.
   *
   * @throws io.reel2sop.edit.EditsFileException when it cannot be used, naming it and why
   */
  static Optional<EditsFile> editsOf(SopStore store, String id) throws IOException {
    Optional<byte[]> bytes = store.edits(id);
    return bytes.isEmpty()
        ? Optional.empty()
        : Optional.of(EditsFile.parse(bytes.get(), store.locationOf(id + "/" + EditsFile.NAME)));
  }

  /** Stages the edited SOP with the generated one and the change summary. */
  StagedSop stage(SopStore store, String id) throws IOException {
    return store.stage(id, edited, generated, changes);
  }

  /** What the outcome line and the report say about it. */
  RevisionNote note() {
    SopDocument.Edits edits = edited.edits();
    return new RevisionNote(!reanalysed, changes == null ? null : changes.summary(),
        changes != null && changes.changed(),
        edits == null ? null : edits.orphaned().stream().map(SopDocument.EditResult::inWords).toList());
  }
}

package io.reel2sop.pipeline.outcome;

import java.io.Serializable;
import java.util.List;

/**
 * What a recording's outcome says about its SOP's review: whether it was only rendered again after
 * the reviewer's edits changed ({@code reRendered}, no analysis), what changed from the SOP it
 * replaced ({@code changes}: the one-line summary of its {@code changes.json}, null when there was
 * no SOP before; {@code changed}: whether a reader sees a difference), and the reviewer's edits that
 * found no step ({@code orphanedEdits}, in words with the reason).
 */
public record RevisionNote(boolean reRendered, String changes, boolean changed, List<String> orphanedEdits)
    implements Serializable {
  public RevisionNote {
    orphanedEdits = orphanedEdits == null ? List.of() : List.copyOf(orphanedEdits);
  }
}

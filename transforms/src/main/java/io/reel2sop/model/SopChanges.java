package io.reel2sop.model;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code changes.json}: what changed from the SOP a recording had to the one that replaced it, step
 * by step, written with every SOP that replaces another. {@code reanalysed}: the recording was
 * analysed again (new recording, model, settings or {@code --reprocess}); false when only the
 * reviewer's edits changed and the SOP was rendered again. {@code previous} and {@code current}
 * say what produced each. Steps are named by their number and start time in the SOP they are in
 * (removed ones in the previous SOP).
 */
public record SopChanges(
    int schemaVersion,
    String at,
    boolean reanalysed,
    SopDocument.ProducedBy previous,
    SopDocument.ProducedBy current,
    TitleChange title,
    List<StepRef> added,
    List<StepRef> removed,
    List<Reworded> reworded,
    List<ScreenshotMoved> screenshotMoved,
    List<SopDocument.EditResult> editsApplied,
    List<SopDocument.EditResult> editsOrphaned) {

  public static final int SCHEMA_VERSION = 1;

  public SopChanges {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    reworded = List.copyOf(reworded);
    screenshotMoved = List.copyOf(screenshotMoved);
    editsApplied = List.copyOf(editsApplied);
    editsOrphaned = List.copyOf(editsOrphaned);
  }

  /** The title before and after; absent (null) when it stayed the same. */
  public record TitleChange(String before, String after) {}

  /** A step as it stands in its SOP. */
  public record StepRef(String number, double start, String instruction) {}

  /** A step kept, with other words. */
  public record Reworded(String number, double start, String before, String after) {}

  /** A step kept, its screenshot now taken at another time. */
  public record ScreenshotMoved(String number, String instruction, double from, double to) {}

  /** Whether a reader sees a difference: the title, a step or a screenshot, or an edit that needs review. */
  public boolean changed() {
    return title != null || !added.isEmpty() || !removed.isEmpty() || !reworded.isEmpty()
        || !screenshotMoved.isEmpty() || !editsOrphaned.isEmpty();
  }

  /** One line: "title changed, 2 steps reworded, 1 removed; 7 edits re-applied, 1 orphaned", or "no change". */
  public String summary() {
    List<String> parts = new ArrayList<>();
    if (title != null) {
      parts.add("title changed");
    }
    count(parts, added.size(), "added");
    count(parts, removed.size(), "removed");
    count(parts, reworded.size(), "reworded");
    if (!screenshotMoved.isEmpty()) {
      parts.add(screenshotMoved.size() + " screenshot" + (screenshotMoved.size() == 1 ? "" : "s") + " moved");
    }
    String steps = parts.isEmpty() ? "no change" : String.join(", ", parts);
    if (editsApplied.isEmpty() && editsOrphaned.isEmpty()) {
      return steps;
    }
    return steps + "; " + editsApplied.size() + " edit" + (editsApplied.size() == 1 ? "" : "s") + " applied, "
        + editsOrphaned.size() + " orphaned";
  }

  private static void count(List<String> parts, int n, String what) {
    if (n > 0) {
      parts.add(n + " step" + (n == 1 ? "" : "s") + " " + what);
    }
  }
}

package io.reel2sop.edit;

import io.reel2sop.render.TimeFormat;

/**
 * One change a reviewer asks of one step, found by {@code match} (what they saw of the step). {@code
 * text} is the new instruction, the note or the warning (for a split, the second part's instruction);
 * {@code time} is where to split or when to take the screenshot. Unused fields are null.
 */
public record StepEdit(Match match, Kind kind, String text, Double time) {

  /** What the reviewer saw of a step: its start time (seconds) and its instruction and/or narration. */
  public record Match(double time, String instruction, String narration) {
    /** {@code "Click Save." at 0:12}. */
    String describe() {
      String said = instruction != null ? instruction : narration;
      return "\u201c" + said + "\u201d at " + TimeFormat.minutesSeconds(time);
    }
  }

  /** The edits a step can take, each under its own key in {@code edits.json}. */
  public enum Kind {
    INSTRUCTION("instruction"),
    DELETE("delete"),
    MERGE_WITH_NEXT("mergeWithNext"),
    SPLIT("split"),
    NOTE("note"),
    WARNING("warning"),
    SCREENSHOT_AT("screenshotAt");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The key that asks for this edit in {@code edits.json}. */
    public String key() {
      return key;
    }
  }

  /** The edit in words, as the report and the "needs review" box show it. */
  public String describe() {
    String step = "step " + match.describe();
    return switch (kind) {
      case INSTRUCTION -> "reword " + step + " to \u201c" + text + "\u201d";
      case DELETE -> "delete " + step;
      case MERGE_WITH_NEXT -> "merge " + step + " with the next step";
      case SPLIT -> "split " + step + " at " + TimeFormat.minutesSeconds(time) + " (second part: \u201c" + text
          + "\u201d)";
      case NOTE -> "add a note to " + step + ": \u201c" + text + "\u201d";
      case WARNING -> "add a warning to " + step + ": \u201c" + text + "\u201d";
      case SCREENSHOT_AT -> "move the screenshot of " + step + " to " + TimeFormat.minutesSeconds(time);
    };
  }

  /** What the edit did to the step, as the step lists it ({@link io.reel2sop.model.Step#edits()}). */
  String marker() {
    return switch (kind) {
      case INSTRUCTION -> "reworded";
      case DELETE -> "deleted";
      case MERGE_WITH_NEXT -> "merged with the next step";
      case SPLIT -> "split at " + TimeFormat.minutesSeconds(time);
      case NOTE -> "note added";
      case WARNING -> "warning added";
      case SCREENSHOT_AT -> "screenshot moved to " + TimeFormat.minutesSeconds(time);
    };
  }
}

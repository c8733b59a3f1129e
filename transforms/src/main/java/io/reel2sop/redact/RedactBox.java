package io.reel2sop.redact;

import io.reel2sop.model.Region;
import io.reel2sop.render.TimeFormat;
import java.io.Serializable;
import java.util.Locale;

/**
 * A box a reviewer asked to cover, in pixels of the recording's frame, on every screenshot shown
 * between {@code from} and {@code to} seconds (both included; null: from the start, to the end).
 */
public record RedactBox(Region box, Double from, Double to) implements Serializable {
  public boolean covers(double time) {
    return (from == null || time >= from) && (to == null || time <= to);
  }

  /** The box as the SOP lists it among the edits applied: "cover 760,240 460x200 on the screenshots 0:00–0:12". */
  public String describe() {
    String when = from == null && to == null ? "every screenshot"
        : "the screenshots " + TimeFormat.minutesSeconds(from == null ? 0 : from) + "\u2013"
            + (to == null ? "end" : TimeFormat.minutesSeconds(to));
    return String.format(Locale.ROOT, "%s%d,%d %dx%d on %s", DESCRIBED, box.x(), box.y(), box.width(), box.height(), when);
  }

  /** How {@link #describe()} begins. */
  public static final String DESCRIBED = "cover ";
}

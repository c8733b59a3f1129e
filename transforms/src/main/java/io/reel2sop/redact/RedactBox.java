package io.reel2sop.redact;

import io.reel2sop.model.Region;
import java.io.Serializable;

/**
 * A box a reviewer asked to cover, in pixels of the recording's frame, on every screenshot shown
 * between {@code from} and {@code to} seconds (both included; null: from the start, to the end).
 */
public record RedactBox(Region box, Double from, Double to) implements Serializable {
  public boolean covers(double time) {
    return (from == null || time >= from) && (to == null || time <= to);
  }
}

package io.reel2sop.pipeline.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One-to-one matching of detected cut times to true ones: each true cut takes the nearest unused
 * detected cut within the tolerance.
 */
record CutMatch(int matched, int missed, int extra) {

  static CutMatch of(List<Double> truth, List<Double> found, double tolerance) {
    List<Double> unused = new ArrayList<>(found);
    int matched = 0;
    for (double t : truth) {
      Double best = null;
      for (double f : unused) {
        if (Math.abs(f - t) <= tolerance && (best == null || Math.abs(f - t) < Math.abs(best - t))) {
          best = f;
        }
      }
      if (best != null) {
        unused.remove(best);
        matched++;
      }
    }
    return new CutMatch(matched, truth.size() - matched, unused.size());
  }

  CutMatch plus(CutMatch other) {
    return new CutMatch(matched + other.matched, missed + other.missed, extra + other.extra);
  }

  double precision() {
    return matched + extra == 0 ? 1 : (double) matched / (matched + extra);
  }

  double recall() {
    return matched + missed == 0 ? 1 : (double) matched / (matched + missed);
  }
}

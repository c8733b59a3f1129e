package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Word;
import java.util.List;

/**
 * What must not depend on the runner: the steps, the cut times and the words, to the microsecond
 * (recognition is deterministic: see SeededDither). Run metadata (runner,
 * creation time) may differ.
 */
final class SopComparison {
  static final double TIME_TOLERANCE = 1e-6;

  private SopComparison() {}

  static void assertSame(SopDocument expected, SopDocument actual, String what) {
    assertEquals(texts(expected.steps()), texts(actual.steps()), what + ": step instructions");
    for (int i = 0; i < expected.steps().size(); i++) {
      Step e = expected.steps().get(i);
      Step a = actual.steps().get(i);
      String step = what + " step " + e.index();
      assertEquals(e.start(), a.start(), TIME_TOLERANCE, step + " start");
      assertEquals(e.end(), a.end(), TIME_TOLERANCE, step + " end");
      assertEquals(e.screenshot().time(), a.screenshot().time(), TIME_TOLERANCE, step + " screenshot time");
      assertEquals(e.screenshot().path(), a.screenshot().path(), step + " screenshot");
    }
    assertEquals(
        expected.scenes().stream().map(c -> c.time()).toList(),
        actual.scenes().stream().map(c -> c.time()).toList(),
        what + ": cut times");
    List<Word> ew = expected.transcript().words();
    List<Word> aw = actual.transcript().words();
    assertEquals(ew.stream().map(Word::word).toList(), aw.stream().map(Word::word).toList(), what + ": words");
    for (int i = 0; i < ew.size(); i++) {
      assertEquals(ew.get(i).start(), aw.get(i).start(), TIME_TOLERANCE, what + " word " + i + " start");
      assertEquals(ew.get(i).end(), aw.get(i).end(), TIME_TOLERANCE, what + " word " + i + " end");
    }
  }

  private static List<String> texts(List<Step> steps) {
    return steps.stream().map(Step::instruction).toList();
  }
}

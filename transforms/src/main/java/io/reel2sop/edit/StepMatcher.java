package io.reel2sop.edit;

import io.reel2sop.model.Step;
import java.util.List;

/**
 * Finds the step a reviewer meant by what they saw of it: its start time and its instruction or
 * narration. Content decides and time breaks ties: the step must say much the same
 * ({@link TextSimilarity} at least {@link #MIN_SIMILARITY}, on the instruction or the narration,
 * either way round) and start within {@link #TIME_TOLERANCE} seconds of the time given; among
 * those, the one whose words agree best, less {@link #SECONDS_PENALTY} per second away. So a new
 * model that starts a step a second later or words it slightly differently still finds it, and two
 * identical steps ("Click Save." twice) are told apart by time.
 */
public final class StepMatcher {
  /** How far (seconds) a step's start may have moved and still be the one meant. */
  public static final double TIME_TOLERANCE = 3.0;
  /** The least word overlap for a step to count as the same. */
  public static final double MIN_SIMILARITY = 0.5;
  static final double SECONDS_PENALTY = 0.05;

  private StepMatcher() {}

  /** The index in {@code steps} of the step meant, or -1 when no step is near enough in time and words. */
  public static int find(List<Step> steps, double time, String instruction, String narration) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      double away = Math.abs(step.start() - time);
      if (away > TIME_TOLERANCE) {
        continue;
      }
      double similar = similarity(step, instruction, narration);
      if (similar < MIN_SIMILARITY) {
        continue;
      }
      double score = score(similar, away);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /** How well a step {@code away} seconds from the time given, agreeing {@code similar}, matches: higher is better. */
  public static double score(double similar, double away) {
    return similar - SECONDS_PENALTY * away;
  }

  /** How much the step's texts agree with the texts given (the best of each pairing). */
  public static double similarity(Step step, String instruction, String narration) {
    return Math.max(
        Math.max(TextSimilarity.of(instruction, step.instruction()), TextSimilarity.of(narration, step.narration())),
        Math.max(TextSimilarity.of(instruction, step.narration()), TextSimilarity.of(narration, step.instruction())));
  }
}

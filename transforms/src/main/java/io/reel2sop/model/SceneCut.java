package io.reel2sop.model;

/**
 * A detected scene change. {@code time} is the first frame of the new scene, {@code score} the
 * fraction of the screen that changed (0..1), {@code settledTime} the first moment after the cut
 * when the screen stopped changing, {@code changed} the bounding box of what changed.
 */
public record SceneCut(double time, double score, double settledTime, Region changed) {}

package io.reel2sop.sidecar;

/** One timed cue of a subtitle file, its text already cleaned of markup. */
record Cue(double start, double end, String text) {}

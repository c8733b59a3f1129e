package io.reel2sop.model;

/** One recognised word; times in seconds from the start of the recording, confidence in [0, 1]. */
public record Word(String word, double start, double end, double confidence) {}

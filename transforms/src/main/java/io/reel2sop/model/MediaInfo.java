package io.reel2sop.model;

/** What probing found in a recording's container. */
public record MediaInfo(
    double durationSeconds,
    int width,
    int height,
    double fps,
    boolean hasAudio,
    String format,
    String videoCodec,
    String audioCodec) {}

package io.reel2sop.model;

/**
 * One input recording. {@code id} is stable and filesystem-safe (it names the SOP's folder);
 * {@code sidecarUri} is a timed transcript found next to it, or null.
 */
public record Recording(String id, String uri, long sizeBytes, String sidecarUri) {}

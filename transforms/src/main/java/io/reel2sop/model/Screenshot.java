package io.reel2sop.model;

/** A screenshot file relative to the SOP folder, and the recording time it shows. */
public record Screenshot(String path, double time) {}

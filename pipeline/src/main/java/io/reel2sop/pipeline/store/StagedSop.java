package io.reel2sop.pipeline.store;

import java.io.Serializable;

/**
 * A SOP written but not yet published: the recording it is for, and where its store keeps it until
 * then (a hidden folder of a local output, the next version folder in a bucket). Only its store
 * reads {@code location}.
 */
public record StagedSop(String id, String location) implements Serializable {}

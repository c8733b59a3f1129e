package io.reel2sop.pipeline.graph;

import io.reel2sop.pipeline.config.RunSettings;
import io.reel2sop.pipeline.store.SopStore;
import java.io.Serializable;

/** What the stages that decide about recordings are given: the run's settings and its store. */
record JobContext(RunSettings settings, SopStore store) implements Serializable {}

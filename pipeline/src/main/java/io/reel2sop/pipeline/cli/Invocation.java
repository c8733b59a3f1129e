package io.reel2sop.pipeline.cli;

import io.reel2sop.pipeline.config.Reel2SopOptions;
import io.reel2sop.pipeline.store.SopStore;
import java.util.Map;

/** What a run was asked to do: its options, its tunables' values and the store its output names. */
record Invocation(Reel2SopOptions options, Map<String, String> tunables, SopStore store) {}

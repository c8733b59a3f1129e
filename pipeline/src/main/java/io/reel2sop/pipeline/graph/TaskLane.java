package io.reel2sop.pipeline.graph;

import java.util.List;

/** Chunk tasks of one recording that one worker runs one after the other, longest first ({@link TaskLanes}). */
record TaskLane(List<ChunkTask> tasks) {}

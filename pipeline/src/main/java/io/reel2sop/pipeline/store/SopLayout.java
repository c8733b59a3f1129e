package io.reel2sop.pipeline.store;

import io.reel2sop.render.SopFiles;

/**
 * The names in an output, the same in every store: one folder per recording with its SOP, earlier
 * SOPs under {@code versions/<n>/} (1 is the oldest), a {@code .complete} marker once every file of
 * a SOP is written, and the output's own files at its root.
 */
public final class SopLayout {
  /** The SOP document; the one file a store reads back. */
  public static final String CONTRACT = SopFiles.CONTRACT;
  /** The SOP as a PDF, made when it is published: its screenshots are in by then. */
  public static final String PDF = SopFiles.PDF;
  public static final String VERSIONS = "versions";
  public static final String COMPLETE_MARKER = ".complete";
  /** Where a local output stages SOP folders until they are published (hidden, swept by the next run). */
  public static final String STAGING = ".reel2sop-staging";
  /** reel2sop's own state: remembered failures, the run lock. */
  public static final String STATE = ".reel2sop";
  public static final String FAILURES = STATE + "/failures";
  public static final String RUN_LOCK = STATE + "/run.lock";
  public static final String REPORT = "report.json";
  public static final String INDEX_JSON = "index.json";
  public static final String INDEX_HTML = "index.html";

  private SopLayout() {}
}

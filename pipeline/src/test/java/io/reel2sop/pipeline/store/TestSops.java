package io.reel2sop.pipeline.store;

import io.reel2sop.model.SopDocument;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Small SOP documents to store: no steps, a title and a creation time to tell them apart. */
public final class TestSops {
  private static final AtomicInteger MADE = new AtomicInteger();

  private TestSops() {}

  /** Each one made later than the one before. */
  public static SopDocument titled(String title) {
    return sop(title, Instant.parse("2026-11-27T02:00:00Z").plusSeconds(MADE.incrementAndGet()).toString());
  }

  public static SopDocument createdAt(String createdAt) {
    return sop("A", createdAt);
  }

  private static SopDocument sop(String title, String createdAt) {
    return new SopDocument(SopDocument.SCHEMA_VERSION,
        new SopDocument.RecordingInfo("a.mp4", "sha256:0", null, 1, null, 1, 2, 2, 1, false, null),
        new SopDocument.ProducedBy("0.1.0", new SopDocument.ModelInfo("m", "1"), "h", "DirectRunner", createdAt),
        title, "", List.of(), List.of(), new SopDocument.TranscriptInfo("en", "none", List.of()));
  }
}

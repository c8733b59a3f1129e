package io.reel2sop.pipeline.graph;

import io.reel2sop.pipeline.outcome.RecordingOutcome;
import io.reel2sop.pipeline.store.LibraryIndexWriter;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;

/** {@code --watch}: rewrites the library index whenever a recording was made into a SOP. */
public final class UpdateIndexFn extends DoFn<RecordingOutcome, Void> {
  private final String outputRoot;

  public UpdateIndexFn(String outputRoot) {
    this.outputRoot = outputRoot;
  }

  @ProcessElement
  public void process(@Element RecordingOutcome outcome) throws IOException {
    if (outcome.status() == RecordingOutcome.Status.PROCESSED) {
      LibraryIndexWriter.write(Locations.path(outputRoot));
    }
  }
}

package io.reel2sop.pipeline;

import io.reel2sop.storage.Locations;
import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;

/** {@code --watch}: rewrites the library index whenever a recording was made into a SOP. */
final class UpdateIndexFn extends DoFn<RecordingOutcome, Void> {
  private final String outputRoot;

  UpdateIndexFn(String outputRoot) {
    this.outputRoot = outputRoot;
  }

  @ProcessElement
  public void process(@Element RecordingOutcome outcome) throws IOException {
    if (outcome.status() == RecordingOutcome.Status.PROCESSED) {
      LibraryIndexWriter.write(Locations.path(outputRoot));
    }
  }
}

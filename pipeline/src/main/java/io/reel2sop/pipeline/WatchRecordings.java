package io.reel2sop.pipeline;

import io.reel2sop.model.Recording;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Watch;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;

/**
 * {@code --watch}: keeps matching the input location (Beam's continuous file matching) and emits
 * each new recording, and each recording whose file changed, once; triage then skips a file that
 * came back with the same content.
 */
final class WatchRecordings extends PTransform<PBegin, PCollection<Recording>> {
  private final String input;
  private final String outputRoot;
  private final boolean sidecars;
  private final int pollSeconds;

  WatchRecordings(String input, String outputRoot, boolean sidecars, int pollSeconds) {
    this.input = input;
    this.outputRoot = outputRoot;
    this.sidecars = sidecars;
    this.pollSeconds = pollSeconds;
  }

  @Override
  public PCollection<Recording> expand(PBegin begin) {
    return begin
        .apply(
            "MatchContinuously",
            FileIO.match()
                .filepattern(RecordingFinder.watchPattern(input))
                .continuously(Duration.standardSeconds(pollSeconds), Watch.Growth.never(), true))
        .apply("ToRecording", ParDo.of(new ToRecordingFn(Locations.of(RecordingFinder.watchRoot(input)), outputRoot, sidecars)));
  }

  private static final class ToRecordingFn extends DoFn<MatchResult.Metadata, Recording> {
    private final String root;
    private final String outputRoot;
    private final boolean sidecars;

    ToRecordingFn(String root, String outputRoot, boolean sidecars) {
      this.root = root;
      this.outputRoot = outputRoot;
      this.sidecars = sidecars;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, OutputReceiver<Recording> out) throws IOException {
      Path path = Locations.path(file.resourceId().toString());
      new RecordingFinder(sidecars)
          .recordingFor(Locations.path(root), Locations.path(outputRoot), path)
          .ifPresent(out::output);
    }
  }
}

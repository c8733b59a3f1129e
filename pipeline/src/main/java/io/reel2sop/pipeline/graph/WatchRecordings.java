package io.reel2sop.pipeline.graph;

import io.reel2sop.edit.EditsFile;
import io.reel2sop.model.Recording;
import io.reel2sop.pipeline.discover.PassedOver;
import io.reel2sop.pipeline.discover.RecordingFinder;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.GenerateSequence;
import org.apache.beam.sdk.state.MapState;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --watch}: looks at the input location every poll interval and emits each new recording,
 * and each recording whose file changed, once it has stopped changing (the same size and time on
 * two looks in a row, so a file still being copied in is not taken half-way). What it has emitted
 * is kept as Beam state, so it survives a restart from a checkpoint; triage then skips a file that
 * came back with the same content. A recording whose SOP's reviewer's {@code edits.json} changed
 * (by content) is emitted again the same way, once the file has stopped changing, so triage renders
 * its SOP again.
 *
 * <p>Why not {@code FileIO.match().continuously()}: on the Flink 1.19 runner its polling task does
 * not react to a cancel (the job stays in CANCELLING, stuck in {@code LocalFileSystem.match}), so a
 * watching job could not be stopped cleanly. A timer-like counting source and a stateful step do
 * the same on every runner and stop at once.
 */
public final class WatchRecordings extends PTransform<PBegin, PCollection<Recording>> {
  private final String input;
  private final String outputRoot;
  private final boolean sidecars;
  private final int pollSeconds;

  public WatchRecordings(String input, String outputRoot, boolean sidecars, int pollSeconds) {
    this.input = input;
    this.outputRoot = outputRoot;
    this.sidecars = sidecars;
    this.pollSeconds = pollSeconds;
  }

  @Override
  public PCollection<Recording> expand(PBegin begin) {
    return begin
        .apply("Poll", GenerateSequence.from(0).withRate(1, Duration.standardSeconds(pollSeconds)))
        .apply("OneWatcher", WithKeys.<String, Long>of("watch").withKeyType(TypeDescriptors.strings()))
        .apply("NewOrChanged", ParDo.of(new NewOrChangedFn(input, outputRoot, sidecars)))
        .setCoder(JsonCoder.of(Recording.class));
  }

  private static final class NewOrChangedFn extends DoFn<KV<String, Long>, Recording> {
    private static final Logger LOG = LoggerFactory.getLogger("reel2sop");
    private static final String SETTLING = "settling ";
    /** A file that is not a recording, logged once. */
    private static final String PASSED_OVER = "passed over";

    @StateId("seen")
    private final StateSpec<MapState<String, String>> seenSpec =
        StateSpecs.map(StringUtf8Coder.of(), StringUtf8Coder.of());

    private final String input;
    private final String outputRoot;
    private final boolean sidecars;

    NewOrChangedFn(String input, String outputRoot, boolean sidecars) {
      this.input = input;
      this.outputRoot = outputRoot;
      this.sidecars = sidecars;
    }

    @ProcessElement
    public void process(@StateId("seen") MapState<String, String> seen, OutputReceiver<Recording> out) {
      RecordingFinder.Discovery found;
      try {
        found = new RecordingFinder(sidecars).find(input, Locations.path(outputRoot));
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot look at {}: {}", input, e.getMessage());
        return;
      }
      for (PassedOver passed : found.passedOver()) {
        if (seen.get(passed.uri()).read() == null) {
          seen.put(passed.uri(), PASSED_OVER);
          LOG.info("passed over {}: {}", passed.uri(), passed.reason());
        }
      }
      for (Recording recording : found.recordings()) {
        String stamp = recording.sizeBytes() + "@" + recording.modifiedAt() + editsStamp(recording.id());
        String before = seen.get(recording.uri()).read();
        if (stamp.equals(before)) {
          continue; // emitted already, unchanged
        }
        if ((SETTLING + stamp).equals(before)) {
          seen.put(recording.uri(), stamp);
          out.output(recording);
        } else {
          seen.put(recording.uri(), SETTLING + stamp);
        }
      }
    }

    /** The content of the SOP's {@code edits.json} as a hash, or nothing when it has none (or it cannot be read now). */
    private String editsStamp(String id) {
      try {
        Path edits = Locations.path(outputRoot).resolve(id).resolve(EditsFile.NAME);
        return Files.isRegularFile(edits) ? " edits " + EditsFile.hashOf(Files.readAllBytes(edits)) : "";
      } catch (IOException | RuntimeException unreadable) {
        return "";
      }
    }
  }
}

package io.reel2sop.pipeline.store;

import io.reel2sop.media.ScreenshotGrabber;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopChanges;
import io.reel2sop.model.SopDocument;
import io.reel2sop.render.LibraryScan;
import java.io.Closeable;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where SOPs live, and the one way the pipeline touches them. Every store takes the same steps: a
 * SOP is staged with its texts, its screenshots are taken into it (by any worker), and it is
 * published whole, the SOP it replaces kept as its latest version; a failed one is discarded. The
 * store also keeps the failure ledger and the output's own files (report, index).
 *
 * <p>Chosen once from {@code --output} ({@link SopStores}) and shipped to the workers inside the
 * stages, so it holds only where it is, never an open connection.
 */
public interface SopStore extends Serializable {

  /** Writes each screenshot of a run to the file it is given. */
  @FunctionalInterface
  interface Camera {
    void take(List<ScreenshotGrabber.Shot> shots) throws IOException;
  }

  /** The output as a person names it: a folder, or {@code gs://bucket/prefix}. */
  String location();

  /** A file or folder under the output, named as a person would ({@code …/lead/sop.html}). */
  String locationOf(String relative);

  /** Holds the output for this run where a second run can be refused (a local folder); close to release. */
  Closeable lockForRun() throws IOException;

  /** Creates the output if needed and checks that it takes a file. */
  void checkWritable() throws IOException;

  /**
   * Before and after a run: finishes what an interrupted run had left complete but unpublished, and
   * deletes what it left half-written. Returns the ids whose publish was finished.
   */
  List<String> recover() throws IOException;

  /** The SOP published for the recording {@code id}, if there is a readable one. */
  Optional<SopDocument> current(String id);

  /** A new staged SOP with its texts written; nothing is published before its screenshots are in. */
  StagedSop stage(String id, SopDocument sop) throws IOException;

  /**
   * A new staged SOP: the SOP as edited with its texts, the SOP as generated (what later edits are
   * applied to) and, when it replaces one, what changed ({@code changes}, or null).
   */
  StagedSop stage(String id, SopDocument edited, SopDocument generated, SopChanges changes) throws IOException;

  /**
   * The SOP reel2sop generated for {@code id} before the reviewer's edits, if there is a readable
   * one: its {@code sop.generated.json}, or an unedited {@code sop.json} written before that file
   * existed.
   */
  Optional<SopDocument> generated(String id);

  /** The bytes of the reviewer's {@code edits.json} of {@code id}, or empty when there is none. */
  Optional<byte[]> edits(String id) throws IOException;

  /**
   * Copies screenshots of the current SOP of {@code staged}'s recording into it: each key a path
   * relative to the current SOP folder (as its {@code sop.json} names it), each value the path in
   * the staged SOP.
   */
  void copyScreenshots(StagedSop staged, Map<String, String> currentToStaged) throws IOException;

  /** Takes {@code shots} (paths relative to the SOP) into a staged SOP with {@code camera}. */
  void putScreenshots(StagedSop staged, List<Screenshot> shots, Camera camera) throws IOException;

  /** Makes a staged SOP, screenshots and all, the current one of its recording. */
  void publish(StagedSop staged) throws IOException;

  /** Drops a staged SOP that will not be published. */
  void discard(StagedSop staged);

  /** The failures that are the files' own fault, by recording id. */
  FailureLedger ledger();

  /** Replaces one of the output's own files ({@link SopLayout#REPORT}, say) so a reader sees it whole. */
  void writeFile(String name, byte[] content) throws IOException;

  /** One of the output's own files, as text. */
  String readFile(String name) throws IOException;

  /** Rewrites {@code index.json} and {@code index.html} from every SOP published here. */
  default LibraryScan writeIndex() throws IOException {
    return writeIndex(null);
  }

  /**
   * Rewrites the index, marking the SOPs changed since {@code changedSince} (an ISO-8601 instant,
   * the run's start; null marks none).
   */
  LibraryScan writeIndex(String changedSince) throws IOException;
}

package io.reel2sop.pipeline.store;

import io.reel2sop.model.Recording;
import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.config.RunSettings;
import java.io.Serializable;

/**
 * What a SOP is made from: the recording's content, its sidecar's, its manifest metadata, the reel2sop version and the
 * hash of model and settings. A SOP is up to date when its version equals the one a run would make.
 */
public record SopVersion(
    String fingerprint, String sidecarFingerprint, RecordingMetadata metadata, String version, String settingsHash)
    implements Serializable {

  public static SopVersion of(SopDocument sop) {
    return new SopVersion(
        sop.recording().fingerprint(),
        sop.recording().sidecarFingerprint(),
        sop.recording().metadata(),
        sop.producedBy().version(),
        sop.producedBy().settingsHash());
  }

  public static SopVersion wanted(Recording recording, RunSettings settings) {
    return new SopVersion(
        recording.fingerprint(),
        recording.sidecarFingerprint(),
        recording.metadata(),
        settings.version(),
        settings.settingsHash());
  }

  /** Why {@code existing} is out of date compared with this wanted version, or null when it is not. */
  public String staleReason(SopVersion existing) {
    if (!java.util.Objects.equals(fingerprint, existing.fingerprint)) {
      return "the recording changed";
    }
    if (!java.util.Objects.equals(sidecarFingerprint, existing.sidecarFingerprint)) {
      return "its sidecar transcript changed";
    }
    if (!java.util.Objects.equals(metadata, existing.metadata)) {
      return "its title, owner or tags changed";
    }
    if (!java.util.Objects.equals(version, existing.version)) {
      return "made by reel2sop " + existing.version;
    }
    if (!java.util.Objects.equals(settingsHash, existing.settingsHash)) {
      return "the model or settings changed";
    }
    return null;
  }
}

package io.reel2sop.pipeline.store;

import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.SopDocument;
import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;

/**
 * What a SOP is made from: the recording's content, its sidecar's, its manifest metadata, the
 * reel2sop version and the hash of model and settings. A SOP is up to date when it was made from
 * what a run would make it from.
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

  /**
   * Why {@code existing} is out of date compared with this wanted version, or null when it is not.
   * {@code sameSettings}: every hash that stands for this version's model and settings (the current
   * one and the one earlier versions of reel2sop wrote for them).
   */
  public String staleReason(SopVersion existing, Collection<String> sameSettings) {
    if (!Objects.equals(fingerprint, existing.fingerprint)) {
      return "the recording changed";
    }
    if (!Objects.equals(sidecarFingerprint, existing.sidecarFingerprint)) {
      return "its sidecar transcript changed";
    }
    if (!Objects.equals(metadata, existing.metadata)) {
      return "its title, owner or tags changed";
    }
    if (!Objects.equals(version, existing.version)) {
      return "made by reel2sop " + existing.version;
    }
    if (!sameSettings.contains(existing.settingsHash)) {
      return "the model or settings changed";
    }
    return null;
  }
}

package io.reel2sop.model;

/**
 * One input recording. {@code id} is stable and filesystem-safe (it names the SOP's folder);
 * {@code modifiedAt} is the file's modification time (ISO-8601) when it was found, or null;
 * {@code sidecarUri} is a timed transcript found next to it, or null. The fingerprints are content
 * hashes of the recording and of its sidecar, null until computed (or when there is none).
 * {@code metadata} comes from a manifest, or is null.
 */
public record Recording(
    String id,
    String uri,
    long sizeBytes,
    String modifiedAt,
    String sidecarUri,
    String fingerprint,
    String sidecarFingerprint,
    RecordingMetadata metadata) {

  public static Recording found(String id, String uri, long sizeBytes, String modifiedAt, String sidecarUri) {
    return new Recording(id, uri, sizeBytes, modifiedAt, sidecarUri, null, null, null);
  }

  public Recording withFingerprints(String content, String sidecar) {
    return new Recording(id, uri, sizeBytes, modifiedAt, sidecarUri, content, sidecar, metadata);
  }

  public Recording withMetadata(RecordingMetadata given) {
    return new Recording(id, uri, sizeBytes, modifiedAt, sidecarUri, fingerprint, sidecarFingerprint, given);
  }
}

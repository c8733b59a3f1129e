package io.reel2sop.storage;

import com.google.cloud.storage.Blob;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A content hash of a recording: the same content gives the same SOP key wherever it lives. Local
 * files are hashed (SHA-256); bucket objects use the CRC32C checksum the bucket keeps (no download),
 * and are hashed only when it has none.
 */
public final class Fingerprints {
  private Fingerprints() {}

  public static String of(String location) throws IOException {
    Path path = Locations.path(location);
    if (!Locations.isLocal(path)) {
      Locations.BucketObject object = Locations.object(path);
      Blob blob = Retries.run("reading " + location, () -> GcsStorage.service().get(object.bucket(), object.name()));
      if (blob == null) {
        throw new java.nio.file.NoSuchFileException(location);
      }
      if (blob.getCrc32cToHexString() != null) {
        return "crc32c:" + blob.getCrc32cToHexString() + ":" + blob.getSize();
      }
    }
    return sha256(path);
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return "sha256:" + HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

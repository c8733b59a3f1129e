package io.reel2sop.pipeline.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * {@code producedBy.settingsHash}: a short hash of everything that changes a SOP's content besides
 * the recording and the reel2sop version. It is taken over the settings as {@code key=value} lines
 * sorted by key, keys being the names users write (the tunables file's, {@code model},
 * {@code language}…) and values written one way ({@link TunableBinder#canonical}), so the hash
 * depends on the settings only, not on how classes print themselves.
 */
final class SettingsHash {
  private SettingsHash() {}

  /** {@code sha256:} and the first 8 bytes, in hex, of the SHA-256 of the sorted lines. */
  static String of(SortedMap<String, String> settings) {
    return sha256(settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "\n")
        .collect(Collectors.joining()));
  }

  /**
   * The hash reel2sop 0.1.0 wrote for the same settings: model name and version, language, the
   * recogniser window and the two settings records each printed as {@code Name[component=value, …]}
   * (records' {@code toString()} on Java 17), joined by line breaks. Written out here, not taken from
   * {@code toString()}, so that a SOP made then still counts as made with these settings.
   */
  static String legacy(String modelName, String modelVersion, String language, double recogniserWindowSeconds,
      List<Record> settings) {
    List<String> lines = new ArrayList<>(
        List.of(modelName, modelVersion, language, "recogniserWindowSeconds=" + recogniserWindowSeconds));
    settings.forEach(r -> lines.add(printed(r)));
    return sha256(String.join("\n", lines));
  }

  private static String printed(Record settings) {
    return settings.getClass().getSimpleName()
        + Arrays.stream(settings.getClass().getRecordComponents())
            .map(c -> c.getName() + "=" + TunableBinder.read(settings, c))
            .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String sha256(String canonical) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

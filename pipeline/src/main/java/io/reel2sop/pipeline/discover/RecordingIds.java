package io.reel2sop.pipeline.discover;

import io.reel2sop.model.Recording;
import io.reel2sop.storage.Locations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Gives each recording a stable, filesystem-safe id from its path relative to the input root
 * ({@code sales/New Lead.mp4} becomes {@code sales--new-lead}); ids that would collide get a short
 * hash of the full path, so two recordings never share a SOP folder.
 */
public final class RecordingIds {
  private final Path root;

  RecordingIds(Path root) {
    this.root = root;
  }

  List<Recording> assign(List<Path> files, Function<Path, Optional<Path>> sidecars) throws IOException {
    Map<String, Integer> uses = new HashMap<>();
    for (Path file : files) {
      uses.merge(slug(file), 1, Integer::sum);
    }
    List<Recording> recordings = new ArrayList<>();
    for (Path file : files) {
      String slug = slug(file);
      String id = uses.get(slug) > 1 ? slug + "-" + shortHash(Locations.of(file)) : slug;
      long size = Files.exists(file) ? Files.size(file) : -1;
      String modified = Files.exists(file) ? Files.getLastModifiedTime(file).toInstant().toString() : null;
      String sidecar = sidecars.apply(file).map(Locations::of).orElse(null);
      recordings.add(Recording.found(id, Locations.of(file), size, modified, sidecar));
    }
    return recordings;
  }

  String slug(Path file) {
    Path relative = file.startsWith(root) ? root.relativize(file) : file.getFileName();
    String withoutExtension = relative.toString().replaceFirst("\\.[^./]+$", "");
    String slug =
        withoutExtension
            .toLowerCase(java.util.Locale.ROOT)
            .replace('/', '\u0000')
            .replaceAll("[^a-z0-9._\\u0000-]+", "-")
            .replaceAll("-{2,}", "-")
            .replace("\u0000", "--")
            .replaceAll("^[-.]+|[-.]+$", "");
    return slug.isEmpty() ? "recording" : slug;
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.reel2sop.pipeline.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Applies the tunables file ({@code config/reel2sop.properties}) as default pipeline options: every
 * key the command line does not set becomes {@code --key=value}. The copy bundled in the jar is read
 * first; then the file named by {@code --config}, or else by the {@code reel2sop.config} system
 * property (the launcher points it at the repository's copy), overrides the keys it sets. A few
 * runner options get defaults of their own ({@link #LOCAL_RUNNER}).
 */
public final class ConfigDefaults {
  static final String BUNDLED = "/reel2sop.properties";

  /**
   * The DirectRunner's own options where a run wants other defaults than Beam's: its checks that
   * every element survives encoding and is not mutated re-encode every element, and they are there
   * to test DoFns, which reel2sop's tests do with them on (TestPipeline).
   */
  private static final Map<String, String> LOCAL_RUNNER = Map.of("enforceEncodability", "false", "enforceImmutability", "false");

  private ConfigDefaults() {}

  public static String[] apply(String[] args) throws IOException {
    TreeMap<String, String> defaults = load(args);
    LOCAL_RUNNER.forEach(defaults::putIfAbsent);
    List<String> merged = new ArrayList<>();
    defaults.forEach(
        (key, value) -> {
          if (!isSet(args, key)) {
            merged.add("--" + key + "=" + value);
          }
        });
    merged.addAll(List.of(args));
    return merged.toArray(String[]::new);
  }

  public static TreeMap<String, String> load(String[] args) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ConfigDefaults.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IOException("the bundled " + BUNDLED + " is missing from the jar");
      }
      properties.load(in);
    }
    String explicit = valueOf(args, "config");
    if (explicit == null) {
      explicit = System.getProperty("reel2sop.config");
    }
    if (explicit != null) {
      Path file = Path.of(explicit);
      if (!Files.isRegularFile(file)) {
        throw new IOException("config file not found: " + explicit);
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    TreeMap<String, String> values = new TreeMap<>();
    properties.forEach((k, v) -> values.put(k.toString().trim(), v.toString().trim()));
    return values;
  }

  private static boolean isSet(String[] args, String key) {
    for (String arg : args) {
      if (arg.equals("--" + key) || arg.startsWith("--" + key + "=")) {
        return true;
      }
    }
    return false;
  }

  private static String valueOf(String[] args, String key) {
    for (String arg : args) {
      if (arg.startsWith("--" + key + "=")) {
        return arg.substring(key.length() + 3);
      }
    }
    return null;
  }
}

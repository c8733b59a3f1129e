package io.reel2sop.pipeline.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The tunables of scene detection and step alignment, written once each: in the tunables file
 * ({@code config/reel2sop.properties}, bundled in the jar), a line {@code key=default} under a
 * comment that says what it does. A run's values are those defaults, overridden by the keys of a
 * file named by {@code --config} (or by the {@code reel2sop.config} system property, which the
 * launcher points at the repository's copy), overridden by {@code --key=value} on the command
 * line. {@link TunableBinder} turns them into the settings records by name.
 */
public final class Tunables {
  static final String BUNDLED = "/reel2sop.properties";

  /** One tunable: its key, which is also its command-line option, its default and what it does. */
  public record Tunable(String key, String defaultValue, String description) {}

  /** A command line split into the tunables it sets and everything else (Beam's and reel2sop's options). */
  public record CommandLine(Map<String, String> tunables, String[] options) {}

  private Tunables() {}

  /** Every tunable of the bundled file, in its order. */
  public static List<Tunable> declared() throws IOException {
    List<Tunable> declared = new ArrayList<>();
    String comment = null;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(bundled(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String text = line.strip();
        if (text.startsWith("#")) {
          comment = text.substring(1).strip();
        } else if (text.contains("=")) {
          int equals = text.indexOf('=');
          declared.add(new Tunable(text.substring(0, equals).strip(), text.substring(equals + 1).strip(), comment));
          comment = null;
        } else {
          comment = null;
        }
      }
    }
    return declared;
  }

  /** Takes the tunables out of a command line. */
  public static CommandLine split(String[] args) throws IOException {
    List<String> keys = declared().stream().map(Tunable::key).toList();
    Map<String, String> tunables = new LinkedHashMap<>();
    List<String> options = new ArrayList<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String key = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
      if (key != null && keys.contains(key)) {
        tunables.put(key, arg.substring(equals + 1));
      } else {
        options.add(arg);
      }
    }
    return new CommandLine(tunables, options.toArray(String[]::new));
  }

  /**
   * The values of a run: the defaults, then the keys of {@code configFile} (null: the file the
   * {@code reel2sop.config} system property names, if any), then {@code overrides}.
   */
  public static Map<String, String> values(String configFile, Map<String, String> overrides)
      throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    declared().forEach(t -> values.put(t.key(), t.defaultValue()));
    String file = configFile != null ? configFile : System.getProperty("reel2sop.config");
    if (file != null) {
      for (Map.Entry<String, String> entry : read(Path.of(file)).entrySet()) {
        if (!values.containsKey(entry.getKey())) {
          throw new IllegalArgumentException("config file " + file + ": '" + entry.getKey() + "' is not a tunable");
        }
        values.put(entry.getKey(), entry.getValue());
      }
    }
    values.putAll(overrides);
    return values;
  }

  private static Map<String, String> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("config file not found: " + file);
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> values = new TreeMap<>();
    properties.forEach((k, v) -> values.put(k.toString().strip(), v.toString().strip()));
    return values;
  }

  private static InputStream bundled() throws IOException {
    InputStream in = Tunables.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IOException("the bundled " + BUNDLED + " is missing from the jar");
    }
    return in;
  }
}

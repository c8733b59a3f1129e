package io.reel2sop.pipeline.cli;

import io.reel2sop.pipeline.config.Reel2SopOptions;
import io.reel2sop.pipeline.config.Tunables;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;

/**
 * {@code --help}: how to call reel2sop, then every option of {@link Reel2SopOptions} and every
 * tunable with its default and what it does, taken from where each is declared (the options'
 * {@code @Description} and {@code @Default}, the tunables file's comments), so the help cannot drift
 * from them.
 */
final class Usage {
  private static final int WIDTH = 100;
  private static final String INDENT = "      ";

  private Usage() {}

  static void print(PrintStream out) {
    out.println(
        """
        reel2sop: narrated screen recordings in, step-by-step SOP documents out.

        Usage:
          ./reel2sop --input=<recordings> --output=<folder|gs://bucket/prefix> [options]

        For every recording it writes <output>/<id>/ with sop.json, sop.md, sop.html,
        transcript.vtt and images/, and <output>/report.json for the whole run.
        Exit code: 0 when every recording has an up-to-date SOP, 1 when any failed, 2 for a usage
        error, 3 when this machine cannot run reel2sop (one line says what is missing).

        Options:""");
    for (Method getter : options()) {
      out.println("  --" + name(getter) + "=" + defaultOf(getter));
      wrap(out, getter.getAnnotation(Description.class).value());
    }
    out.println();
    out.println("Beam's options work too: --runner=FlinkRunner (default DirectRunner), --targetParallelism=N (the");
    out.println("DirectRunner's worker threads), --flinkMaster=host:port … Each with its description:");
    out.println("./reel2sop --help=" + Reel2SopOptions.class.getName() + " (or the name of another options interface).");
    out.println();
    out.println("Tunables (--name=value, or the keys of a --config file; the defaults are the tunables file's):");
    try {
      for (Tunables.Tunable tunable : Tunables.declared()) {
        out.println("  --" + tunable.key() + "=" + tunable.defaultValue());
        if (tunable.description() != null) {
          wrap(out, tunable.description());
        }
      }
    } catch (IOException e) {
      out.println("  (tunables file unreadable: " + e.getMessage() + ")");
    }
  }

  static void printOptionDetails(PrintStream out) {
    PipelineOptionsFactory.register(Reel2SopOptions.class);
    PipelineOptionsFactory.printHelp(out, Reel2SopOptions.class);
  }

  /** The options' getters: the required ones first, then by name. */
  private static List<Method> options() {
    return Arrays.stream(Reel2SopOptions.class.getDeclaredMethods())
        .filter(m -> m.getName().startsWith("get") && m.isAnnotationPresent(Description.class))
        .sorted(Comparator.comparing((Method m) -> !m.isAnnotationPresent(Validation.Required.class))
            .thenComparing(Usage::name))
        .toList();
  }

  private static String name(Method getter) {
    String property = getter.getName().substring(3);
    return Character.toLowerCase(property.charAt(0)) + property.substring(1);
  }

  private static String defaultOf(Method getter) {
    if (getter.isAnnotationPresent(Validation.Required.class)) {
      return "… (required)";
    }
    if (getter.getAnnotation(Default.String.class) != null) {
      return getter.getAnnotation(Default.String.class).value();
    }
    if (getter.getAnnotation(Default.Boolean.class) != null) {
      return Boolean.toString(getter.getAnnotation(Default.Boolean.class).value());
    }
    if (getter.getAnnotation(Default.Integer.class) != null) {
      return Integer.toString(getter.getAnnotation(Default.Integer.class).value());
    }
    if (getter.getAnnotation(Default.Double.class) != null) {
      double value = getter.getAnnotation(Default.Double.class).value();
      return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
    if (getter.getAnnotation(Default.Enum.class) != null) {
      return getter.getAnnotation(Default.Enum.class).value().toLowerCase(java.util.Locale.ROOT);
    }
    return "…";
  }

  private static void wrap(PrintStream out, String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(INDENT);
    for (String word : text.split(" ")) {
      if (line.length() > INDENT.length() && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(INDENT);
      }
      line.append(line.length() > INDENT.length() ? " " : "").append(word);
    }
    lines.add(line.toString());
    lines.forEach(out::println);
  }
}

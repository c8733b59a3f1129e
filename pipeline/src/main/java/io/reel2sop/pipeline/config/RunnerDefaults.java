package io.reel2sop.pipeline.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The runner options a run sets otherwise than Beam does, unless the command line sets them:
 *
 * <ul>
 *   <li>the DirectRunner's checks that every element survives encoding and is not mutated re-encode
 *       every element; they are there to test DoFns, which reel2sop's tests do with them on;
 *   <li>a {@code --watch} job is submitted detached ({@code attachedMode=false}, when the Flink runner
 *       is on the class path), so that on every runner the client holds the running job: it can
 *       cancel it on Ctrl-C and read how it ended (the DirectRunner gets the same from
 *       {@code blockOnRun=false}).
 * </ul>
 */
public final class RunnerDefaults {
  private static final Map<String, String> LOCAL_RUNNER = Map.of("enforceEncodability", "false", "enforceImmutability", "false");
  private static final Map<String, String> WATCH = Map.of("attachedMode", "false");

  private RunnerDefaults() {}

  public static String[] apply(String[] args) {
    List<String> merged = new ArrayList<>();
    LOCAL_RUNNER.forEach((key, value) -> addUnlessSet(merged, args, key, value));
    if (isSet(args, "watch") && !List.of(args).contains("--watch=false")) {
      // Beam describes each registered option by its name in snake case (attached_mode).
      List<String> known = PipelineOptionsFactory.describe(PipelineOptionsFactory.getRegisteredOptions()).stream()
          .map(descriptor -> descriptor.getName()).toList();
      WATCH.forEach((key, value) -> {
        if (known.contains(key.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT))) {
          addUnlessSet(merged, args, key, value);
        }
      });
    }
    merged.addAll(List.of(args));
    return merged.toArray(String[]::new);
  }

  private static void addUnlessSet(List<String> merged, String[] args, String key, String value) {
    if (!isSet(args, key)) {
      merged.add("--" + key + "=" + value);
    }
  }

  private static boolean isSet(String[] args, String key) {
    for (String arg : args) {
      if (arg.equals("--" + key) || arg.startsWith("--" + key + "=")) {
        return true;
      }
    }
    return false;
  }
}

package io.reel2sop.pipeline.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** With the Flink runner on the class path, a watch job is submitted detached and a batch attached. */
class FlinkRunnerDefaultsTest {
  @Test
  void aWatchJobIsDetachedUnlessTheCommandLineSaysOtherwise() {
    assertFalse(attached("--runner=FlinkRunner", "--watch"));
    assertTrue(attached("--runner=FlinkRunner", "--watch", "--attachedMode=true"));
    assertTrue(attached("--runner=FlinkRunner"));
    assertTrue(attached("--runner=FlinkRunner", "--watch=false"));
  }

  private static boolean attached(String... args) {
    List<String> options = List.of(RunnerDefaults.apply(args)).stream().filter(a -> !a.startsWith("--watch")).toList();
    return PipelineOptionsFactory.fromArgs(options.toArray(String[]::new)).as(FlinkPipelineOptions.class).getAttachedMode();
  }
}

package io.reel2sop.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Recording;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

/** Records survive the JSON coder, and Beam does not let it code a key. */
class JsonCoderTest {
  private static final Recording LEAD =
      Recording.found("lead", "/library/lead.mp4", 460201, "2026-11-27T00:00:00Z", null).withFingerprints("sha256:1", null);

  @Test
  void aRecordSurvivesItsCoder() throws Exception {
    JsonCoder<Recording> coder = JsonCoder.of(Recording.class);
    assertEquals(LEAD, CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, LEAD)));
  }

  @Test
  void itIsNotDeterministicSoBeamRefusesToGroupByIt() {
    assertThrows(Coder.NonDeterministicException.class, () -> JsonCoder.of(Recording.class).verifyDeterministic());
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    var keyedByRecording = pipeline.apply(
        Create.of(List.of(KV.of(LEAD, "x"))).withCoder(KvCoder.of(JsonCoder.of(Recording.class), StringUtf8Coder.of())));
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> keyedByRecording.apply(GroupByKey.create()));
    assertTrue(refused.getMessage().contains("deterministic"), refused.getMessage());
  }
}

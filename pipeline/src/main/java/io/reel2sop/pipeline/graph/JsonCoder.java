package io.reel2sop.pipeline.graph;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * Encodes a record as length-prefixed JSON: the coder of the values that flow between the stages
 * (recordings, chunk tasks and results, screenshot runs, outcomes) and of the state that gathers
 * them.
 *
 * <p>It is not deterministic in Beam's sense: equal values need not encode to equal bytes (a map's
 * entries come in its iteration order, a double may print in more than one way), so
 * {@link #verifyDeterministic()} says so, and Beam refuses it where a key needs a deterministic
 * coder (grouping, keyed state). The pipeline's keys are strings.
 */
public final class JsonCoder<T> extends CustomCoder<T> {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Class<T> type;

  private JsonCoder(Class<T> type) {
    this.type = type;
  }

  public static <T> JsonCoder<T> of(Class<T> type) {
    return new JsonCoder<>(type);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null " + type.getSimpleName());
    }
    byte[] bytes = MAPPER.writeValueAsBytes(value);
    VarInt.encode(bytes.length, out);
    out.write(bytes);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    int length = VarInt.decodeInt(in);
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new CoderException("truncated " + type.getSimpleName() + ": " + bytes.length + " of " + length);
    }
    return MAPPER.readValue(bytes, type);
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    throw new NonDeterministicException(this, "JSON does not encode equal values to equal bytes; key by a String");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonCoder<?> that && that.type.equals(type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(JsonCoder.class, type);
  }

  @Override
  public String toString() {
    return "JsonCoder<" + type.getSimpleName() + ">";
  }
}

package io.reel2sop.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.reel2sop.model.SopDocument;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code sop.json}: the {@link SopDocument} record as pretty JSON, fields in record order, times as
 * numbers, absent values (a step without highlight) written as {@code null}. Unknown fields are
 * ignored on reading so that documents from newer compatible versions still load.
 */
public final class SopJson {

  /** The project's JSON conventions, shared by the other JSON files the renderers write. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private SopJson() {}

  public static String write(SopDocument document) {
    try {
      return prettyWriter().writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise SOP document", e);
    }
  }

  /**
   * @throws IOException if the text is not JSON or does not map onto the records
   */
  public static SopDocument read(String json) throws IOException {
    return MAPPER.readValue(json, SopDocument.class);
  }

  /** Writes two-space indented JSON, one array element per line, {@code "key": value}. */
  static ObjectWriter prettyWriter() {
    return MAPPER.writer(new Printer());
  }

  /** Two-space indentation, one array element per line, {@code "key": value}. */
  private static final class Printer extends DefaultPrettyPrinter {
    Printer() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      indentObjectsWith(indenter);
      indentArraysWith(indenter);
    }

    private Printer(Printer base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new Printer(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }
  }
}

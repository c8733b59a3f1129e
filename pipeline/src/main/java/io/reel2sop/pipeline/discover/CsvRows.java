package io.reel2sop.pipeline.discover;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks) into rows
 * of fields. Blank lines are dropped.
 */
final class CsvRows {
  private CsvRows() {}

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        row.add(field.toString().strip());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        endRow(rows, row, field, fieldStarted);
        row = new ArrayList<>();
        fieldStarted = false;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field");
    }
    endRow(rows, row, field, fieldStarted);
    return rows;
  }

  private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean started) {
    if (started || !row.isEmpty()) {
      row.add(field.toString().strip());
      rows.add(row);
    }
    field.setLength(0);
  }
}

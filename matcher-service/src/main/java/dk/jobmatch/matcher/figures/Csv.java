package dk.jobmatch.matcher.figures;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV lines for the exports. A field that would start a formula in a spreadsheet (=, +, -,
 * @) is prefixed with an apostrophe, since free-text notes end up in the job centre's own sheets.
 */
final class Csv {
  private final StringBuilder text = new StringBuilder();

  Csv row(List<?> fields) {
    text.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    if (value instanceof CharSequence && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}

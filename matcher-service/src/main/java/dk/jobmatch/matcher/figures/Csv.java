package dk.jobmatch.matcher.figures;

import dk.jobmatch.api.model.CsvFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * CSV text for the exports, in one of two forms. {@link CsvFormat#EXCEL}, the default, is what a
 * consultant's Danish Excel opens directly by a double click: semicolons (Danish Excel's list
 * separator), a UTF-8 byte-order mark (without it Excel reads æ, ø and å as Windows-1252), Danish
 * headers and values, decimal commas, local times. {@link CsvFormat#PLAIN} is RFC 4180 for programs:
 * commas, no byte-order mark, English headers, values as in the JSON API.
 *
 * <p>In both, a field that would start a formula in a spreadsheet (=, +, -, @) is prefixed with an
 * apostrophe, since free-text notes end up in the job centre's own sheets.
 */
public final class Csv {
  /** A column's header in each form. */
  public record Column(String plain, String danish) {}

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CsvFormat format;
  private final StringBuilder text = new StringBuilder();

  public Csv(CsvFormat format, List<Column> columns) {
    this.format = format;
    if (format == CsvFormat.EXCEL) {
      text.append('\uFEFF');
    }
    row(columns.stream().map(c -> format == CsvFormat.EXCEL ? c.danish() : c.plain()).toList());
  }

  public CsvFormat format() {
    return format;
  }

  /** An enum value as this form writes it: its name for programs, {@code danish}'s text for people. */
  public <E extends Enum<E>> String label(E value, Function<E, String> danish) {
    return value == null ? null : format == CsvFormat.EXCEL ? danish.apply(value) : value.name();
  }

  public Csv row(List<?> fields) {
    String separator = format == CsvFormat.EXCEL ? ";" : ",";
    text.append(fields.stream().map(this::field).collect(Collectors.joining(separator))).append("\r\n");
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  String field(Object value) {
    if (value == null) {
      return "";
    }
    String s = switch (value) {
      case Double d when format == CsvFormat.EXCEL -> danishDecimal(d);
      case Instant t when format == CsvFormat.EXCEL -> LOCAL_MINUTE.format(t.atZone(DANISH_TIME));
      default -> value.toString();
    };
    if (value instanceof CharSequence && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    char separator = format == CsvFormat.EXCEL ? ';' : ',';
    if (s.indexOf(separator) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private static String danishDecimal(double d) {
    DecimalFormat decimal = new DecimalFormat("0.0##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK")));
    return decimal.format(d);
  }
}

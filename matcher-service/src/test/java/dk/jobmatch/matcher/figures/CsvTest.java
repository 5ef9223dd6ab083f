package dk.jobmatch.matcher.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.CsvFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  private static final List<Csv.Column> COLUMNS = List.of(new Csv.Column("hours", "timer"), new Csv.Column("note", "note"));

  @Test
  void plainQuotesFieldsWithCommasQuotesOrLineBreaks() {
    Csv csv = new Csv(CsvFormat.PLAIN, COLUMNS)
        .row(Arrays.asList("a,b", "say \"hej\"", "two\nlines", null, 4, LocalDate.of(2026, 3, 31)));

    assertThat(csv.toString()).isEqualTo("hours,note\r\n\"a,b\",\"say \"\"hej\"\"\",\"two\nlines\",,4,2026-03-31\r\n");
  }

  @Test
  void excelFormStartsWithAByteOrderMarkAndDanishHeadersSeparatedBySemicolons() {
    Csv csv = new Csv(CsvFormat.EXCEL, COLUMNS).row(Arrays.asList("a;b", "a,b", 4.5, 4));

    assertThat(csv.toString()).isEqualTo("\uFEFFtimer;note\r\n\"a;b\";a,b;4,5;4\r\n");
  }

  @Test
  void excelFormWritesTimesAsDanishLocalTime() {
    Csv csv = new Csv(CsvFormat.EXCEL, COLUMNS);

    assertThat(csv.field(Instant.parse("2026-07-01T10:15:30Z"))).isEqualTo("2026-07-01 12:15");
    assertThat(csv.field(Instant.parse("2026-12-01T10:15:30Z"))).isEqualTo("2026-12-01 11:15");
  }

  @Test
  void defusesTextThatASpreadsheetWouldRunAsAFormula() {
    for (CsvFormat format : CsvFormat.values()) {
      Csv csv = new Csv(format, COLUMNS);
      assertThat(csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
      assertThat(csv.field("+45 12345678")).isEqualTo("'+45 12345678");
      assertThat(csv.field("@sum")).isEqualTo("'@sum");
    }
  }

  @Test
  void leavesNumbersAlone() {
    Csv plain = new Csv(CsvFormat.PLAIN, COLUMNS);
    assertThat(plain.field(-2)).isEqualTo("-2");
    assertThat(plain.field(4.5)).isEqualTo("4.5");
    assertThat(new Csv(CsvFormat.EXCEL, COLUMNS).field(-2.25)).isEqualTo("-2,25");
  }

  @Test
  void enumsAreNamesForProgramsAndDanishForPeople() {
    assertThat(new Csv(CsvFormat.PLAIN, COLUMNS).label(CsvFormat.EXCEL, f -> "Excel")).isEqualTo("EXCEL");
    assertThat(new Csv(CsvFormat.EXCEL, COLUMNS).label(CsvFormat.EXCEL, f -> "Excel")).isEqualTo("Excel");
  }
}

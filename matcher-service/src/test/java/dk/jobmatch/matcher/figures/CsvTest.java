package dk.jobmatch.matcher.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesFieldsWithCommasQuotesOrLineBreaks() {
    assertThat(new Csv().row(Arrays.asList("a,b", "say \"hej\"", "two\nlines", null, 4, LocalDate.of(2026, 3, 31)))
        .toString()).isEqualTo("\"a,b\",\"say \"\"hej\"\"\",\"two\nlines\",,4,2026-03-31\r\n");
  }

  @Test
  void defusesTextThatASpreadsheetWouldRunAsAFormula() {
    assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.field("+45 12345678")).isEqualTo("'+45 12345678");
    assertThat(Csv.field("@sum")).isEqualTo("'@sum");
  }

  @Test
  void leavesNumbersAlone() {
    assertThat(Csv.field(-2)).isEqualTo("-2");
    assertThat(Csv.field(4.5)).isEqualTo("4.5");
  }
}

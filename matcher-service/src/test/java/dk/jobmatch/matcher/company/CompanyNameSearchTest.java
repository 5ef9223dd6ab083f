package dk.jobmatch.matcher.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CompanyNameSearchTest {

  private static boolean finds(String text, String name) {
    return Pattern.compile(CompanyNameSearch.containing(text)).matcher(name).find();
  }

  @Test
  void findsTheTextAnywhereInTheNameWhateverTheCase() {
    assertThat(finds("bager", "[DEMO] Bageriet Valby")).isTrue();
    assertThat(finds("VALBY", "Bageriet Valby")).isTrue();
    assertThat(finds("bager", "Slagteren")).isFalse();
  }

  @Test
  void foldsTheCaseOfDanishLetters() {
    assertThat(finds("østerbro", "ØSTERBRO VVS")).isTrue();
    assertThat(finds("ÆBLEHAVEN", "Æblehaven Gartneri")).isTrue();
    assertThat(finds("århus", "Århus Is")).isTrue();
  }

  @Test
  void readsPatternSyntaxAsPlainText() {
    assertThat(finds("a.s", "Vognmand A/S")).isFalse();
    assertThat(finds("a/s", "Vognmand A/S")).isTrue();
    assertThat(finds("c++ (it)", "C++ (IT) Kursus")).isTrue();
    assertThat(finds(".*", "Bageriet")).isFalse();
    assertThat(finds("[", "Firma [DEMO]")).isTrue();
    assertThat(finds("\\Q", "Bageriet")).isFalse();
  }
}

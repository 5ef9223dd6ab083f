package dk.jobmatch.index.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled reference file and synonyms, and how their text is read. */
class OccupationFilesTest {
  private static final String OCCUPATIONS = """
      isco08\tda\ten\ttypical_demands
      5153\tpedel, ejendomsservicemedarbejder\tbuilding caretaker\tWALKING
      9333\tlagermedarbejder\tfreight handler\tHEAVY_LIFTING
      """;

  @Test
  void loadsEveryOccupationOfTheReferenceFile() {
    long rows = OccupationFiles.resource(OccupationFiles.OCCUPATIONS).lines().count() - 1;

    assertThat(OccupationCatalog.bundled().size()).isEqualTo(rows).isEqualTo(37);
  }

  @Test
  void givesEveryOccupationThreeToTenSynonyms() {
    assertThat(OccupationCatalog.bundled().occupations())
        .allSatisfy(o -> assertThat(o.synonyms()).as(o.code() + " " + o.titleDa()).hasSizeBetween(3, 10));
  }

  @Test
  void writesSynonymsInLowerCase() {
    assertThat(OccupationCatalog.bundled().occupations())
        .flatMap(Occupation::synonyms)
        .allSatisfy(s -> assertThat(s).isEqualTo(s.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void splitsTitlesAtCommas() {
    List<Occupation> occupations = OccupationFiles.parse(OCCUPATIONS, "isco08\tsynonyms\n");

    assertThat(occupations.getFirst().titles()).containsExactly("pedel", "ejendomsservicemedarbejder");
    assertThat(occupations.getFirst().titleDa()).isEqualTo("pedel, ejendomsservicemedarbejder");
  }

  @Test
  void readsSynonymsAndSkipsComments() {
    List<Occupation> occupations = OccupationFiles.parse(OCCUPATIONS, """
        # a comment
        isco08\tsynonyms
        9333\tlager, truckfører ,, lager

        """);

    assertThat(occupations.get(1).synonyms()).containsExactly("lager", "truckfører");
    assertThat(occupations.getFirst().synonyms()).isEmpty();
  }

  @Test
  void rejectsSynonymsForAnUnknownOccupation() {
    assertThatThrownBy(() -> OccupationFiles.parse(OCCUPATIONS, "isco08\tsynonyms\n1234\tflyver\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1234");
  }

  @Test
  void rejectsTwoSynonymRowsForOneOccupation() {
    assertThatThrownBy(() -> OccupationFiles.parse(OCCUPATIONS, "isco08\tsynonyms\n9333\tlager\n9333\ttruck\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("9333");
  }

  @Test
  void rejectsACodeThatIsNotFourDigits() {
    assertThatThrownBy(() -> OccupationFiles.parse("isco08\tda\ten\n933\tlager\tstock\n", "isco08\tsynonyms\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("933");
  }

  @Test
  void rejectsAFileWithoutTheColumnsItNeeds() {
    assertThatThrownBy(() -> OccupationFiles.parse("code\tda\ten\n9333\tlager\tstock\n", "isco08\tsynonyms\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("isco08");
  }
}

package dk.jobmatch.index.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled unit groups, reference file, titles and synonyms, and how their text is read. */
class OccupationFilesTest {
  private static final OccupationCatalog CATALOG = OccupationCatalog.bundled();
  /** The 130 minor groups of ISCO-08 (ILO), the level above the unit groups. */
  private static final Set<String> ISCO08_MINOR_GROUPS = Set.of(("""
      011 021 031
      111 112 121 122 131 132 133 134 141 142 143
      211 212 213 214 215 216 221 222 223 224 225 226 231 232 233 234 235 241 242 243 251 252 261 262 263 264 265
      311 312 313 314 315 321 322 323 324 325 331 332 333 334 335 341 342 343 351 352
      411 412 413 421 422 431 432 441
      511 512 513 514 515 516 521 522 523 524 531 532 541
      611 612 613 621 622 631 632 633 634
      711 712 713 721 722 723 731 732 741 742 751 752 753 754
      811 812 813 814 815 816 817 818 821 831 832 833 834 835
      911 912 921 931 932 933 941 951 952 961 962""").split("\\s+"));
  /** Words too generic to name an occupation on their own (see the synonyms file's header). */
  private static final List<String> GENERIC_WORDS = List.of("medarbejder", "hjælper", "medhjælper", "assistent",
      "montør", "arbejder", "arbejde", "leder", "chef", "konsulent", "mand", "elev", "lærling", "ufaglært", "arbejdsmand");
  private static final String OCCUPATIONS = """
      isco08\tda\ten\ttypical_demands
      5153\tpedel, ejendomsservicemedarbejder\tbuilding caretaker\tWALKING
      9333\tlagermedarbejder\tfreight handler\tHEAVY_LIFTING
      """;

  // ---- the bundled catalogue --------------------------------------------------------------------

  @Test
  void holdsEveryUnitGroupOfIsco08() {
    Set<String> codes = CATALOG.occupations().stream().map(Occupation::code).collect(Collectors.toSet());

    assertThat(CATALOG.size()).isEqualTo(436);
    assertThat(codes).hasSize(436);
    assertThat(codes.stream().map(c -> c.substring(0, 3)).collect(Collectors.toSet())).isEqualTo(ISCO08_MINOR_GROUPS);
    assertThat(codes.stream().map(c -> c.substring(0, 2)).distinct().count()).isEqualTo(43);
    assertThat(codes.stream().map(c -> c.substring(0, 1)).distinct().count()).isEqualTo(10);
  }

  @Test
  void givesEveryUnitGroupItsDiscoAndIscoTitles() {
    assertThat(CATALOG.occupations()).allSatisfy(o -> {
      assertThat(o.discoTitle()).as(o.code()).isNotBlank();
      assertThat(o.titleEn()).as(o.code()).isNotBlank();
      assertThat(o.titleDa()).as(o.code()).isNotBlank();
    });
    assertThat(CATALOG.byCode("5141")).hasValueSatisfying(s -> assertThat(s.titleEn()).isEqualTo("Hairdressers"));
  }

  @Test
  void showsTheReferenceOccupationsFirstWithTheirReferenceTitles() {
    List<Occupation> reference =
        OccupationFiles.parse(OccupationFiles.resource(OccupationFiles.OCCUPATIONS), "isco08\tsynonyms\n");

    assertThat(reference).hasSize(37);
    assertThat(CATALOG.occupations().subList(0, 37))
        .extracting(Occupation::code, Occupation::titleDa, Occupation::titleEn)
        .containsExactlyElementsOf(reference.stream().map(o -> tuple(o.code(), o.titleDa(), o.titleEn())).toList());
  }

  @Test
  void showsAnOccupationOutsideTheReferenceFileByItsFirstEverydayTitle() {
    assertThat(CATALOG.byCode("5141")).hasValueSatisfying(s -> assertThat(s.titleDa()).isEqualTo("frisør"));
    assertThat(CATALOG.byCode("7131")).hasValueSatisfying(s -> assertThat(s.titleDa()).isEqualTo("maler"));
  }

  @Test
  void hasAtLeastFifteenHundredEverydayTitlesAndOneForEveryUnitGroup() {
    long rows = OccupationFiles.resource(OccupationFiles.TITLES).lines()
        .filter(line -> line.matches("[0-9]{4}\t.+")).count();

    assertThat(rows).isGreaterThanOrEqualTo(1500);
    assertThat(CATALOG.occupations()).allSatisfy(o -> assertThat(o.titles()).as(o.code()).isNotEmpty());
  }

  @Test
  void givesEveryReferenceOccupationThreeToTenSynonyms() {
    assertThat(CATALOG.occupations().subList(0, 37))
        .allSatisfy(o -> assertThat(o.synonyms()).as(o.code() + " " + o.titleDa()).hasSizeBetween(3, 10));
  }

  @Test
  void writesTitlesAndSynonymsInLowerCase() {
    assertThat(CATALOG.occupations())
        .flatMap(o -> Stream.concat(o.titles().stream(), o.synonyms().stream()).toList())
        .allSatisfy(s -> assertThat(s).isEqualTo(s.toLowerCase(Locale.ROOT)));
  }

  @Test
  void namesNoOccupationByAGenericWordAlone() {
    assertThat(CATALOG.occupations())
        .flatMap(o -> Stream.concat(o.titles().stream(), o.synonyms().stream()).toList())
        .allSatisfy(name -> assertThat(GENERIC_WORDS).as(name).doesNotContain(name));
  }

  @Test
  void givesTheDanishWordsOfEveryNameUnstemmedForADictionary() {
    Set<String> words = CATALOG.danishWords();

    assertThat(words).contains("frisør", "tømrer", "pædagogmedhjælper", "lagermedarbejder", "frisørarbejde",
        "social", "sundhedshjælper", "sosu", "kok");
    assertThat(words).doesNotContain("lagermedarbejd", "paedagog", "Frisør", "tomrer");
    assertThat(words).allSatisfy(w -> assertThat(w).isEqualTo(w.toLowerCase(Locale.ROOT)).doesNotContain(" "));
    assertThatThrownBy(() -> words.add("x")).isInstanceOf(UnsupportedOperationException.class);
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
  void rejectsATitleForAnUnknownUnitGroup() {
    assertThatThrownBy(() -> OccupationFiles.parse(sources("isco08\ttitle\n1234\tflyver\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1234");
  }

  @Test
  void rejectsATitleListedTwiceForOneOccupation() {
    assertThatThrownBy(() -> OccupationFiles.parse(sources("isco08\ttitle\n9333\tlagermand\n9333\tlagermand\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lagermand");
  }

  @Test
  void rejectsAReferenceOccupationThatIsNoUnitGroup() {
    String onlyFreightHandlers = "isco08\tda\ten\n9333\tLagerarbejde\tFreight handlers\n";

    assertThatThrownBy(() -> OccupationFiles.parse(
        new OccupationFiles.Sources(onlyFreightHandlers, OCCUPATIONS, "isco08\ttitle\n", "isco08\tsynonyms\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("5153");
  }

  @Test
  void readsTheUnitGroupsAroundTheReferenceOccupations() {
    List<Occupation> occupations = OccupationFiles.parse(sources("isco08\ttitle\n7131\tmaler\n7131\tmalersvend\n"));

    assertThat(occupations).extracting(Occupation::code).containsExactly("5153", "9333", "7131");
    assertThat(occupations.get(2)).satisfies(o -> {
      assertThat(o.titleDa()).isEqualTo("maler");
      assertThat(o.titles()).containsExactly("maler", "malersvend");
      assertThat(o.titleEn()).isEqualTo("Painters and related workers");
      assertThat(o.discoTitle()).isEqualTo("Malerarbejde");
    });
    assertThat(occupations.get(1).englishNames()).containsExactly("freight handler", "Freight handlers");
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

  private static OccupationFiles.Sources sources(String titlesTsv) {
    return new OccupationFiles.Sources("""
        isco08\tda\ten
        5153\tEjendomsservice og pedelarbejde\tBuilding caretakers
        7131\tMalerarbejde\tPainters and related workers
        9333\tLager- og godshåndtering\tFreight handlers
        """, OCCUPATIONS, titlesTsv, "isco08\tsynonyms\n");
  }
}

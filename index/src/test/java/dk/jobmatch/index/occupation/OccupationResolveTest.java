package dk.jobmatch.index.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When a job goal given only as text names one occupation clearly enough to use its code. */
class OccupationResolveTest {
  private static final OccupationCatalog CATALOG = OccupationCatalog.bundled();

  @ParameterizedTest(name = "{0} resolves to {1}")
  @CsvSource({
      "lagermedarbejder, 9333",
      "Lagermedarbejder, 9333",
      "sosu, 5322",
      "husdyr, 6121",
      "pedel, 5153",
      "chauffør, 8322",
      "lagermedarbjder, 9333",
      "lagermedarbejdere, 9333",
      "frisør, 5141",
      "maler, 7131",
      "tomrer, 7115",
      "sygehjælper, 5322",
      "ekspedient, 5223"})
  void resolvesTextThatNamesOneOccupation(String title, String code) {
    assertThat(CATALOG.resolve(title)).map(OccupationSuggestion::code).hasValue(code);
  }

  @Test
  void resolvesExactTitleConfidently() {
    assertThat(CATALOG.resolve("lagermedarbejder")).hasValueSatisfying(s -> {
      assertThat(s.code()).isEqualTo("9333");
      assertThat(s.titleDa()).isEqualTo("lagermedarbejder");
    });
  }

  @Test
  void resolvesToTheSameSuggestionThatRanksFirst() {
    assertThat(CATALOG.resolve("pædagogmedhjælper")).hasValue(CATALOG.suggest("pædagogmedhjælper", 1).getFirst());
  }

  @Test
  void prefersTheTitleOfOneOccupationToTheSameWordAsSynonymOfOthers() {
    // "chauffør" is the van driver's title and a synonym of lorry driver and messenger.
    assertThat(CATALOG.resolve("chauffør")).map(OccupationSuggestion::code).hasValue("8322");
  }

  @Test
  void doesNotResolveASynonymOfTwoOccupations() {
    assertThat(CATALOG.resolve("lager")).isEmpty();
    assertThat(CATALOG.resolve("rengøring")).isEmpty();
  }

  @Test
  void resolvesTheOccupationOfAnEverydayTitleAboveOneWhereItIsASynonym() {
    // Today's titles of their own: gartner was a synonym of garden labourer, pædagog of child care worker.
    assertThat(CATALOG.resolve("gartner")).map(OccupationSuggestion::code).hasValue("6113");
    assertThat(CATALOG.resolve("pædagog")).map(OccupationSuggestion::code).hasValue("2342");
  }

  @Test
  void doesNotResolveOnATypoOfTwoEditsAlone() {
    assertThat(CATALOG.suggest("pedagogmedhjælpr", 1)).extracting(OccupationSuggestion::code).containsExactly("5311");
    assertThat(CATALOG.resolve("pedagogmedhjælpr")).isEmpty();
  }

  @Test
  void doesNotResolveTheStartOfTitlesOfSeveralOccupations() {
    // butiksassistent, butikschef, butiksbestyrer: shop assistant, manager and supervisor.
    assertThat(CATALOG.suggest("butiks", 1)).extracting(OccupationSuggestion::code).containsExactly("5223");
    assertThat(CATALOG.resolve("butiks")).isEmpty();
  }

  @Test
  void doesNotResolveATitleTwoOccupationsShare() {
    assertThat(CATALOG.resolve("landbrugsmedhjælper")).isEmpty();
  }

  @Test
  void doesNotResolveAWordManyCompoundsEndIn() {
    assertThat(CATALOG.resolve("assistent")).isEmpty();
    assertThat(CATALOG.resolve("hjælper")).isEmpty();
    assertThat(CATALOG.resolve("arbejde")).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "xqzv", "k", "a", "\\", "lager*~\"(AND"})
  void doesNotResolveGibberishBlankOrASingleLetter(String title) {
    assertThat(CATALOG.resolve(title)).isEmpty();
  }

  @Test
  void aGoalTypedAsAWordForAFewOccupationsAlikeStandsForAllOfThem() {
    assertThat(CATALOG.goalOccupations("lager")).containsExactlyInAnyOrder("4321", "9333");
    assertThat(CATALOG.goalOccupations("Rengøring")).containsExactlyInAnyOrder("9111", "9112");
  }

  @Test
  void aGoalTheCatalogueResolvesStandsForThatOneOccupation() {
    assertThat(CATALOG.goalOccupations("frisør")).containsExactly("5141");
    assertThat(CATALOG.goalOccupations("lagermedarbjder")).containsExactly("9333");
  }

  @Test
  void aGoalWithOnlyAFuzzyOrNoHitStandsForNoOccupation() {
    // A near spelling is good enough to suggest, never to stand for the citizen's goal.
    assertThat(CATALOG.goalOccupations("butiks")).isEmpty();
    assertThat(CATALOG.goalOccupations("xqzv")).isEmpty();
    assertThat(CATALOG.goalOccupations("assistent")).isEmpty();
  }
}

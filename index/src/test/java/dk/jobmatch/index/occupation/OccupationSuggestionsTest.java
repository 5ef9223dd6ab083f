package dk.jobmatch.index.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a consultant types and which occupations come back first. */
class OccupationSuggestionsTest {
  private static final OccupationCatalog CATALOG = OccupationCatalog.bundled();

  // ---- titles and synonyms ----------------------------------------------------------------------

  @Test
  void lagerSuggestsFreightHandlerAndStockClerkFirst() {
    assertThat(codes("lager", 5).subList(0, 2)).containsExactlyInAnyOrder("9333", "4321");
  }

  @Test
  void butiksassistentFindsShopSalesAssistant() {
    assertThat(first("butiksassistent")).isEqualTo("5223");
  }

  @Test
  void paedagogmedhjaelperFindsChildCareWorker() {
    assertThat(first("pædagogmedhjælper")).isEqualTo("5311");
  }

  @Test
  void paedagogmedhjaelperWithoutDanishLettersFindsChildCareWorker() {
    assertThat(first("paedagogmedhjaelper")).isEqualTo("5311");
  }

  @Test
  void sosuFindsHomeCareWorkerBySynonym() {
    assertThat(first("sosu")).isEqualTo("5322");
  }

  @Test
  void sosuHjaelperFindsHomeCareWorkerWhateverTheHyphenAndCase() {
    assertThat(first("SOSU-hjælper")).isEqualTo("5322");
    assertThat(first("sosu hjælper")).isEqualTo("5322");
  }

  @Test
  void secondPartOfATitleFindsItsOccupation() {
    assertThat(first("ejendomsservicemedarbejder")).isEqualTo("5153");
  }

  @Test
  void pluralOfATitleFindsItsOccupation() {
    assertThat(first("lagermedarbejdere")).isEqualTo("9333");
  }

  @Test
  void compoundWrittenAsTwoWordsFindsItsOccupation() {
    assertThat(first("lager medarbejder")).isEqualTo("9333");
  }

  // ---- partial words and compounds --------------------------------------------------------------

  @Test
  void butiksFindsShopSalesAssistantByPrefix() {
    assertThat(first("butiks")).isEqualTo("5223");
  }

  @Test
  void paedagogmFindsChildCareWorkerByPrefix() {
    assertThat(first("pædagogm")).isEqualTo("5311");
  }

  @Test
  void lagerFindsTheCompoundTitlesThatStartWithIt() {
    // Neither title is "lager": lagermedarbejder and lagerekspedient are found as compounds.
    OccupationCatalog withoutSynonyms = OccupationCatalog.of("""
        isco08\tda\ten
        4321\tlagerekspedient\tstock clerk
        7512\tbager\tbaker
        9333\tlagermedarbejder\tfreight handler
        """, "isco08\tsynonyms\n");

    assertThat(withoutSynonyms.suggest("lager", 5)).extracting(OccupationSuggestion::code)
        .containsExactly("4321", "9333");
  }

  @Test
  void assistentFindsTheCompoundTitlesThatEndInIt() {
    assertThat(codes("assistent", 20)).contains("4110", "4311", "5223", "9112");
  }

  @Test
  void wordThatOnlyEndsLikeATitleIsNoCompoundOfIt() {
    // anklager (prosecutor), blikkenslager and hovslager end in "lager" but are no kind of it.
    assertThat(codes("lager", 20)).contains("9333", "4321", "1324").doesNotContain("2619", "7126", "7221");
  }

  @Test
  void compoundHitNamesTheTitleItMatched() {
    List<OccupationSuggestion> found = CATALOG.suggest("frisør", 5);

    assertThat(found.getFirst()).satisfies(s -> {
      assertThat(s.code()).isEqualTo("5141");
      assertThat(s.matchedTitle()).isNull();
    });
    assertThat(found).anySatisfy(s -> {
      assertThat(s.code()).isEqualTo("5164");
      assertThat(s.titleDa()).isEqualTo("dyrepasser");
      assertThat(s.matchedTitle()).isEqualTo("hundefrisør");
    });
  }

  @Test
  void titleOtherThanTheOneShownIsNamedAsMatched() {
    assertThat(CATALOG.suggest("sygehjælper", 1).getFirst()).satisfies(s -> {
      assertThat(s.code()).isEqualTo("5322");
      assertThat(s.titleDa()).isEqualTo("hjemmehjælper, social- og sundhedshjælper");
      assertThat(s.matchedTitle()).isEqualTo("sygehjælper");
    });
  }

  // ---- without æøå ------------------------------------------------------------------------------

  @Test
  void titleTypedWithoutDanishLettersFindsItsOccupation() {
    assertThat(first("tomrer")).isEqualTo("7115");
    assertThat(first("frisor")).isEqualTo("5141");
    assertThat(first("rengoringsassistent")).isEqualTo("9112");
  }

  @Test
  void wordTheCatalogKnowsAsWrittenIsNotFolded() {
    // Folded, "maler" (painter) is "måler", the end of landmåler (surveyor).
    assertThat(codes("maler", 20)).startsWith("7131").doesNotContain("2165");
  }

  // ---- typos ------------------------------------------------------------------------------------

  @Test
  void paedagogmedhjaelprWithAMissingLetterFindsChildCareWorker() {
    assertThat(first("pædagogmedhjælpr")).isEqualTo("5311");
  }

  @Test
  void lagermedarbjderWithAMissingLetterFindsFreightHandler() {
    assertThat(first("lagermedarbjder")).isEqualTo("9333");
  }

  @Test
  void rengoerningsassistentWithAnExtraLetterFindsOfficeCleaner() {
    assertThat(first("rengørningsassistent")).isEqualTo("9112");
  }

  @Test
  void twoTyposInALongWordStillFindIt() {
    assertThat(first("pedagogmedhjælpr")).isEqualTo("5311");
  }

  @Test
  void wordsBelowFiveLettersAreNotMatchedFuzzily() {
    // "kak" is one letter from "kok" and "lagr" from "lager", but a short word one letter from a title is
    // as often another word as a typo.
    assertThat(codes("kok", 10)).contains("5120");
    assertThat(codes("kak", 10)).isEmpty();
    assertThat(codes("lagr", 10)).isEmpty();
  }

  @Test
  void typoIsNotLookedForInTheFirstLetter() {
    // One letter from "maler", but a wrong first letter makes another word as often as a typo.
    assertThat(codes("naler", 10)).doesNotContain("7131");
  }

  // ---- ranking ----------------------------------------------------------------------------------

  @Test
  void wordTheCatalogKnowsIsNotTakenForATypo() {
    // "bager" is one edit from "lager", but it is a title: no stock clerk or freight handler.
    assertThat(codes("bager", 10)).startsWith("7512").doesNotContain("9333", "4321");
  }

  @Test
  void exactTitleOutranksATypoInAnotherWord() {
    List<OccupationSuggestion> found = CATALOG.suggest("bager lagermedarbjder", 5);

    assertThat(found).extracting(OccupationSuggestion::code).startsWith("7512").contains("9333");
    assertThat(found.getFirst().score()).isGreaterThan(found.get(1).score());
  }

  @Test
  void exactSynonymOutranksACompoundThatStartsWithIt() {
    // kantine is a synonym of kitchen helper; kantinekok a synonym of cook.
    assertThat(codes("kantine", 5)).startsWith("9412", "5120");
  }

  @Test
  void titleOutranksTheSameWordAsSynonymOfOthers() {
    List<String> chauffoer = codes("chauffør", 5);

    assertThat(chauffoer.getFirst()).isEqualTo("8322");
    assertThat(chauffoer).contains("8332", "9621");
  }

  @Test
  void englishTitleFindsItsOccupationButScoresBelowTheDanishOne() {
    OccupationSuggestion cook = CATALOG.suggest("cook", 1).getFirst();
    OccupationSuggestion kok = CATALOG.suggest("kok", 1).getFirst();

    assertThat(cook.code()).isEqualTo("5120");
    assertThat(kok.code()).isEqualTo("5120");
    assertThat(cook.score()).isLessThan(kok.score());
  }

  @Test
  void suggestionsComeBestFirst() {
    assertThat(CATALOG.suggest("lager", 20)).extracting(OccupationSuggestion::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void suggestionCarriesBothTitlesAndAScore() {
    assertThat(CATALOG.suggest("kok", 1).getFirst())
        .satisfies(s -> {
          assertThat(s.titleDa()).isEqualTo("kok");
          assertThat(s.titleEn()).isEqualTo("cook");
          assertThat(s.score()).isPositive();
        });
  }

  // ---- limits and odd input ---------------------------------------------------------------------

  @Test
  void limitIsRespected() {
    assertThat(codes("assistent", 10)).hasSizeGreaterThan(2);
    assertThat(codes("assistent", 2)).hasSize(2);
  }

  @Test
  void limitBelowOneIsRefused() {
    assertThatThrownBy(() -> CATALOG.suggest("lager", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void blankInputGivesNoSuggestions(String text) {
    assertThat(CATALOG.suggest(text, 5)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\", "?!", "--", "*", "\"\""})
  void inputWithoutWordsGivesNoSuggestions(String text) {
    assertThat(CATALOG.suggest(text, 5)).isEmpty();
  }

  @Test
  void gibberishGivesNoSuggestions() {
    assertThat(CATALOG.suggest("xqzv", 5)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lager*~\"(AND", "\\", "lager~2", "title.key:lager", "[a TO z]", "/lag.*/", "+lager -bager",
      "lager AND NOT bager", "((((", "\"unclosed", "*:*", "lag?r", "{!lucene}lager", "&&||!(){}[]^\"~*?:\\/"})
  void querySyntaxIsNeverParsed(String text) {
    assertThatCode(() -> CATALOG.suggest(text, 5)).doesNotThrowAnyException();
  }

  @Test
  void querySyntaxAroundAWordStillFindsTheWord() {
    assertThat(codes("lager*~\"(AND", 5).subList(0, 2)).containsExactlyInAnyOrder("9333", "4321");
  }

  @Test
  void onlyTheFirstEightDistinctWordsCount() {
    // "bager" is the ninth distinct word: ignored, so the baker is not first.
    assertThat(first("lager lager xa xb xc xd xe xf xg bager")).isIn("9333", "4321");
    assertThat(first("lager lager xa xb xc xd xe xf bager")).isEqualTo("7512");
  }

  @Test
  void veryLongInputDoesNotFail() {
    assertThatCode(() -> CATALOG.suggest("lager ".repeat(20_000), 5)).doesNotThrowAnyException();
    assertThatCode(() -> CATALOG.suggest("x".repeat(100_000), 5)).doesNotThrowAnyException();
  }

  @Test
  void manyThreadsGetTheSameAnswersAsOne() throws Exception {
    List<String> texts = List.of("lager", "butiks", "pædagogmedhjælpr", "sosu", "assistent", "cook", "xqzv");
    List<List<OccupationSuggestion>> expected = texts.stream().map(t -> CATALOG.suggest(t, 5)).toList();

    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> {
          for (int round = 0; round < 5; round++) {
            for (int t = 0; t < texts.size(); t++) {
              if (!CATALOG.suggest(texts.get(t), 5).equals(expected.get(t))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    }
  }

  // ---- by code ----------------------------------------------------------------------------------

  @Test
  void byCodeGivesTheOccupationsTitles() {
    assertThat(CATALOG.byCode("9333")).hasValueSatisfying(s -> {
      assertThat(s.titleDa()).isEqualTo("lagermedarbejder");
      assertThat(s.titleEn()).isEqualTo("freight handler");
    });
  }

  @Test
  void byCodeOfAnUnknownCodeIsEmpty() {
    assertThat(CATALOG.byCode("0000")).isEmpty();
    assertThat(CATALOG.byCode(null)).isEmpty();
  }

  private static String first(String text) {
    List<String> codes = codes(text, 1);
    assertThat(codes).as("suggestions for " + text).isNotEmpty();
    return codes.getFirst();
  }

  private static List<String> codes(String text, int limit) {
    return CATALOG.suggest(text, limit).stream().map(OccupationSuggestion::code).toList();
  }
}

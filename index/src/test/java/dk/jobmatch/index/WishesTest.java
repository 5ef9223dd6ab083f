package dk.jobmatch.index;

import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A citizen's wishes (ønsker) raise the tasks that meet them, by the wishes weight times the share
 * of the wishes met, and every row lists the wishes it meets. Development goals suggest wishes before
 * a consultant has picked any. In each ranking test the task that meets the wish is the farther one.
 */
class WishesTest extends WithInMemoryIndex {
  private static final Vocabulary VOCABULARY = Vocabulary.bundled();
  private static final double WEIGHT = ScorePart.WISHES.defaultWeight();

  private static double wishesPart(MatchResult result, String taskId) {
    return task(result, taskId).breakdown().get(ScorePart.WISHES);
  }

  @Nested
  class MeetingAWish {
    static Stream<Arguments> wishesAndTasks() {
      return Stream.of(
          arguments("CUSTOMER_CONTACT", "by demand", aTask("meets").demanding("CUSTOMER_CONTACT"),
              aTask("misses").demanding("COMPUTER_USE")),
          arguments("CUSTOMER_CONTACT", "by occupation", aTask("meets").inOccupation("5223"),
              aTask("misses").inOccupation("9629")),
          arguments("OUTDOOR", "by demand", aTask("meets").demanding("OUTDOOR"), aTask("misses").demanding("WALKING")),
          arguments("COMPUTER_USE", "by demand", aTask("meets").demanding("COMPUTER_USE"),
              aTask("misses").demanding("CUSTOMER_CONTACT")),
          arguments("COLLEAGUES", "by team size", aTask("meets").inTeamOf(6), aTask("misses").inTeamOf(1)),
          arguments("SMALL_TEAM", "by team size", aTask("meets").inTeamOf(4), aTask("misses").inTeamOf(12)),
          arguments("ANIMALS", "by occupation group", aTask("meets").inOccupation("6121"),
              aTask("misses").inOccupation("6111")),
          arguments("FIXED_ROUTINES", "by accommodation", aTask("meets").offering("STRUCTURED_TASKS"),
              aTask("misses").offering("OWN_PACE")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wishesAndTasks")
    void raisesATaskThatMeetsTheWishByTheWishesWeightAndListsIt(String wish, String how, TaskBuilder meets,
        TaskBuilder misses) {
      given(companyKmAway("meeting", 5, meets), companyKmAway("missing", 1, misses));

      MatchResult result = matchFor(aCitizen().wishing(wish));

      assertThat(taskIds(result)).containsExactly("meets", "misses");
      assertThat(wishesPart(result, "meets")).isEqualTo(WEIGHT);
      assertThat(wishesPart(result, "misses")).isZero();
      assertThat(task(result, "meets").reasons().wishesMet()).containsExactly(wish);
      assertThat(task(result, "misses").reasons().wishesMet()).isEmpty();
    }

    @Test
    void countsTheShareOfTheWishesATaskMeets() {
      given(
          companyKmAway("all", 6, aTask("three-of-three").demanding("COMPUTER_USE", "OUTDOOR", "CUSTOMER_CONTACT")),
          companyKmAway("two", 4, aTask("two-of-three").demanding("OUTDOOR", "CUSTOMER_CONTACT")),
          companyKmAway("one", 2, aTask("one-of-three").demanding("COMPUTER_USE")),
          companyKmAway("none", 1, aTask("none-of-three").demanding("WALKING")));

      MatchResult result = matchFor(aCitizen().wishing("CUSTOMER_CONTACT", "OUTDOOR", "COMPUTER_USE"));

      List<String> best = List.of("three-of-three", "two-of-three", "one-of-three", "none-of-three");
      assertThat(taskIds(result)).containsExactlyElementsOf(best);
      assertThat(best).extracting(id -> wishesPart(result, id))
          .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
          .containsExactly(WEIGHT, WEIGHT * 2 / 3, WEIGHT / 3, 0.0);
      // In the citizen's order, whatever the order of the task's demands.
      assertThat(task(result, "two-of-three").reasons().wishesMet()).containsExactly("CUSTOMER_CONTACT", "OUTDOOR");
    }

    @Test
    void countsAWishOnceHoweverManyWaysATaskMeetsIt() {
      given(aCompany("shop").with(aTask("task").inOccupation("5223").demanding("CUSTOMER_CONTACT")));

      assertThat(wishesPart(matchFor(aCitizen().wishing("CUSTOMER_CONTACT")), "task")).isEqualTo(WEIGHT);
    }

    @Test
    void anAccommodationTheCompanyOffersMeetsTheWishForEveryTask() {
      given(
          companyKmAway("structured", 5, aTask("filing"), aTask("scanning")).offering("STRUCTURED_TASKS"),
          companyKmAway("unstructured", 1, aTask("sorting")));

      MatchResult result = matchFor(aCitizen().wishing("FIXED_ROUTINES"));

      assertThat(taskIds(result)).containsExactly("filing", "scanning", "sorting");
      assertThat(task(result, "scanning").reasons().wishesMet()).containsExactly("FIXED_ROUTINES");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"COLLEAGUES", "SMALL_TEAM"})
    void aTaskWhoseTeamSizeIsNotKnownMeetsNoWishForColleagues(String wish) {
      given(companyKmAway("known", 5, aTask("team-of-three").inTeamOf(3)), companyKmAway("unknown", 1, aTask("not-said")));

      MatchResult result = matchFor(aCitizen().wishing(wish));

      assertThat(taskIds(result)).containsExactly("team-of-three", "not-said");
      assertThat(wishesPart(result, "not-said")).isZero();
    }

    @Test
    void withoutAWishNoTaskGetsAnyOfTheWishesPart() {
      given(aCompany("everything").offering("STRUCTURED_TASKS").with(aTask("meets-every-wish").inOccupation("6121")
          .inTeamOf(3).demanding("CUSTOMER_CONTACT", "OUTDOOR", "COMPUTER_USE", "DRIVING", "HEAVY_LIFTING")));

      TaskMatch row = task(matchFor(aCitizen()), "meets-every-wish");

      assertThat(row.breakdown().get(ScorePart.WISHES)).isZero();
      assertThat(row.reasons().wishesMet()).isEmpty();
    }

    @Test
    void rejectsAWishOutsideTheVocabulary() {
      given(aCompany("office").with(aTask("filing")));

      assertThatThrownBy(() -> matchFor(aCitizen().wishing("NO_SUCH_WISH")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("NO_SUCH_WISH");
    }
  }

  @Nested
  class Suggestions {
    private final WishSuggestions suggestions = new WishSuggestions(VOCABULARY);

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
        "vil gerne arbejde med kunder,          CUSTOMER_CONTACT",
        "udendørs arbejde,                      OUTDOOR",
        "blive bedre til IT,                    COMPUTER_USE",
        "være sammen med andre,                 COLLEAGUES",
        "arbejde med heste,                     ANIMALS",
        "faste rutiner i hverdagen,             FIXED_ROUTINES",
        // Any inflection of a cue counts.
        "ekspedere kunderne,                    CUSTOMER_CONTACT",
        "være med i kundeservicen,              CUSTOMER_CONTACT",
        "arbejde udenfor i naturen,             OUTDOOR",
        "bruge computeren mere,                 COMPUTER_USE",
        "savner kollegerne,                     COLLEAGUES",
        "passe hestene,                         ANIMALS",
        "kan lide rutinerne,                    FIXED_ROUTINES",
    })
    void suggestsTheWishADevelopmentGoalSpeaksOf(String developmentGoal, String wish) {
      assertThat(suggestions.suggest(List.of(developmentGoal))).containsExactly(wish);
    }

    @Test
    void readsGettingColleaguesAroundOneAsAWishForColleaguesNotForFewOfThem() {
      // "få" is both "get" and "few"; here it is "get".
      assertThat(suggestions.suggest(List.of("få kolleger omkring sig"))).containsExactly("COLLEAGUES");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"vil gerne have et job", "stabilt fremmøde", "blive bedre til dansk", "komme i gang igen",
        "et job uden tunge løft", "komme ud af ledigheden"})
    void suggestsNothingForADevelopmentGoalThatSpeaksOfNoWish(String developmentGoal) {
      assertThat(suggestions.suggest(List.of(developmentGoal))).isEmpty();
    }

    @Test
    void noEverydayDanishWordSuggestsAWishOnItsOwn() {
      // Cues are compared by stems: one that shares its stem with "have", "ud" or "med" would fire on nearly any text.
      List<String> stopWords = new ArrayList<>();
      DanishAnalyzer.getDefaultStopSet().forEach(word -> stopWords.add(new String((char[]) word)));

      assertThat(stopWords).isNotEmpty().allSatisfy(word ->
          assertThat(suggestions.suggest(List.of(word))).as("suggested by \"%s\"", word).isEmpty());
    }

    @Test
    void suggestsTheWishesOfEveryDevelopmentGoalOnce() {
      assertThat(suggestions.suggest(List.of("vil gerne arbejde med kunder", "blive bedre til IT", "møde kunderne")))
          .containsExactlyInAnyOrder("CUSTOMER_CONTACT", "COMPUTER_USE");
    }
  }

  @Nested
  class WishesFromDevelopmentGoals {
    private final WishSuggestions suggestions = new WishSuggestions(VOCABULARY);

    @Test
    void addsTheSuggestedWishesAfterTheStatedOnes() {
      CitizenProfile citizen = aCitizen().wishing("FIXED_ROUTINES")
          .developing("vil gerne arbejde med kunder", "stabilt fremmøde").build();

      assertThat(citizen.withWishesFrom(suggestions).wishes()).containsExactly("FIXED_ROUTINES", "CUSTOMER_CONTACT");
    }

    @Test
    void keepsAStatedWishOnceWhenADevelopmentGoalSuggestsItToo() {
      CitizenProfile citizen = aCitizen().wishing("OUTDOOR").developing("udendørs arbejde").build();

      assertThat(citizen.withWishesFrom(suggestions).wishes()).containsExactly("OUTDOOR");
    }

    @Test
    void aSuggestedWishRaisesTheTaskThatMeetsIt() {
      given(companyKmAway("park", 5, aTask("outdoor").demanding("OUTDOOR")), companyKmAway("office", 1, aTask("indoor")));
      CitizenBuilder citizen = aCitizen().developing("udendørs arbejde");

      MatchResult stated = index.match(citizen.build(), DEFAULT_LIMIT, TODAY);
      MatchResult suggested = index.match(citizen.build().withWishesFrom(suggestions), DEFAULT_LIMIT, TODAY);

      assertThat(taskIds(stated)).containsExactly("indoor", "outdoor");
      assertThat(taskIds(suggested)).containsExactly("outdoor", "indoor");
      assertThat(task(suggested, "outdoor").reasons().wishesMet()).containsExactly("OUTDOOR");
    }
  }
}

package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.CitizenProfile.GoalRank.B;
import static dk.jobmatch.index.CitizenProfile.GoalRank.C;
import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.CitizenProfile.Strictness.PREFER;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static dk.jobmatch.index.TestPlaces.COPENHAGEN;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.index.CompanyEntry.OrdinaryHoursStance;
import dk.jobmatch.index.MatchResult.ExperienceMatch;
import dk.jobmatch.index.MatchResult.GoalMatch;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.MatchResult.Source;
import dk.jobmatch.index.MatchResult.NeedCheck;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.NeedVerdict.Kind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One test per ranking rule, each set up so that the rule under test is the only thing that decides
 * the order. Where distance (the smallest part that differs between two companies) could produce
 * the expected order by accident, the task that should win is placed farther away; where hard
 * filters are tested, the hidden task would otherwise be the best match, so an empty or short list
 * cannot pass by chance.
 *
 * <p>Under the default weights and the default citizen (30 km radius), one kilometre farther costs a
 * task 0.1 points.
 */
class RankingRulesTest extends WithInMemoryIndex {

  private static double score(MatchResult result, String taskId) {
    return task(result, taskId).score();
  }

  @Nested
  class MustNeeds {
    private static final CitizenBuilder SENSITIVE_KITCHEN_HELPER = aCitizen()
        .withGoal(A, "9412", "Køkkenmedhjælper")
        .needing("NO_HEAVY_LIFTING", MUST)
        .needing("QUIET_ENVIRONMENT", MUST)
        .needing("LOW_TEMPO", MUST);

    @Test
    void neverShowsATaskThatViolatesAnyOneOfSeveralMustNeeds() {
      // Every violating task is an exact goal match and nearer than the control, so only the filter can hide it.
      given(
          companyKmAway("heavy", 1, aTask("lifting").inOccupation("9412").demanding("HEAVY_LIFTING")),
          companyKmAway("noisy", 1, aTask("noise").inOccupation("9412").demanding("NOISE", "PROLONGED_STANDING")),
          companyKmAway("rushed", 1, aTask("tempo").inOccupation("9412").demanding("TIME_PRESSURE")),
          // Two of its three conflicts are neutralised; the third (noise) is not.
          companyKmAway("almost", 1, aTask("two-of-three").inOccupation("9412")
              .demanding("HEAVY_LIFTING", "NOISE", "TIME_PRESSURE").offering("LIFTING_AIDS", "OWN_PACE")),
          companyKmAway("calm", 9, aTask("control").titled("Grill").inOccupation("9411").demanding("PROLONGED_STANDING")));

      assertThat(taskIdsFor(SENSITIVE_KITCHEN_HELPER)).containsExactly("control");
    }

    @Test
    void showsATaskWhoseEveryConflictIsNeutralisedAtTaskOrCompanyLevel() {
      given(
          // Lifting aids and own pace on the task, a quiet workspace from the company.
          aCompany("neutralised").at(kmNorthOf(COPENHAGEN, 3)).offering("QUIET_WORKSPACE")
              .with(aTask("all-neutralised").inOccupation("9412")
                  .demanding("HEAVY_LIFTING", "NOISE", "TIME_PRESSURE").offering("LIFTING_AIDS", "OWN_PACE")),
          // The same task where the company offers nothing: the noise is not neutralised.
          companyKmAway("not-neutralised", 1, aTask("noise-left").inOccupation("9412")
              .demanding("HEAVY_LIFTING", "NOISE", "TIME_PRESSURE").offering("LIFTING_AIDS", "OWN_PACE")));

      MatchResult result = matchFor(SENSITIVE_KITCHEN_HELPER);

      assertThat(taskIds(result)).containsExactly("all-neutralised");
      assertThat(task(result, "all-neutralised").reasons().needs()).containsExactly(
          new NeedCheck("NO_HEAVY_LIFTING", MUST, new NeedVerdict(Kind.NEUTRALISED, List.of("LIFTING_AIDS"))),
          new NeedCheck("QUIET_ENVIRONMENT", MUST, new NeedVerdict(Kind.NEUTRALISED, List.of("QUIET_WORKSPACE"))),
          new NeedCheck("LOW_TEMPO", MUST, new NeedVerdict(Kind.NEUTRALISED, List.of("OWN_PACE"))));
    }

    @Test
    void neverShowsATaskMissingAnAccommodationThatAMustNeedRequires() {
      CitizenBuilder citizen = aCitizen().withGoal(A, "9412", "Køkkenmedhjælper")
          .needing("FREQUENT_BREAKS", MUST).needing("CLEAR_STRUCTURE", MUST);
      given(
          companyKmAway("breaks-only", 1, aTask("no-structure").inOccupation("9412").offering("BREAKS_ON_DEMAND")),
          companyKmAway("structure-only", 1, aTask("no-breaks").inOccupation("9412").offering("STRUCTURED_TASKS")),
          // Both requirements met: breaks by the company, structure by the task.
          aCompany("both").at(kmNorthOf(COPENHAGEN, 9)).offering("BREAKS_ON_DEMAND")
              .with(aTask("both-met").titled("Grill").inOccupation("9411").offering("STRUCTURED_TASKS")));

      MatchResult result = matchFor(citizen);

      assertThat(taskIds(result)).containsExactly("both-met");
      assertThat(task(result, "both-met").reasons().needs()).extracting(n -> n.verdict().kind())
          .containsExactly(Kind.REQUIREMENT_MET, Kind.REQUIREMENT_MET);
    }
  }

  @Nested
  class JobGoals {
    @Test
    void exactGoalOccupationOutranksMinorGroupWhichOutranksTitleText() {
      given(
          companyKmAway("exact", 6, aTask("dishes").titled("Opvask").inOccupation("9412")),
          companyKmAway("minor-group", 4, aTask("grill").titled("Grill").inOccupation("9411")),
          companyKmAway("title-text", 2, aTask("canteen").titled("Køkkenmedhjælper i kantine").inOccupation("5131")),
          companyKmAway("unrelated", 1, aTask("tyres").titled("Dækskifte").inOccupation("7231")));

      MatchResult result = matchFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper"));

      assertThat(taskIds(result)).containsExactly("dishes", "grill", "canteen", "tyres");
      assertThat(List.of("dishes", "grill", "canteen", "tyres"))
          .extracting(id -> task(result, id).breakdown().get(ScorePart.GOALS))
          .containsExactly(10.0, 5.0, 10 * ScoreModel.goal(GoalMatchKind.TITLE_WORD, A), 0.0);
    }

    @Test
    void aGoalForSeveralOccupationsCountsEachAsTheGoalsOwn() {
      // "lager": the freight handler's task and the stock clerk's rank alike, above a title word elsewhere.
      given(
          companyKmAway("freight", 3, aTask("picking").titled("Plukning af ordrer").inOccupation("9333")),
          companyKmAway("stock", 3, aTask("receiving").titled("Varemodtagelse").inOccupation("4321")),
          companyKmAway("word", 1, aTask("till").titled("Kasse og lager").inOccupation("5230")));

      MatchResult result = matchFor(aCitizen().withGoalFor(A, "lager", "4321", "9333"));

      assertThat(taskIds(result).subList(0, 2)).containsExactlyInAnyOrder("picking", "receiving");
      assertThat(task(result, "picking").breakdown().get(ScorePart.GOALS))
          .isEqualTo(task(result, "receiving").breakdown().get(ScorePart.GOALS)).isEqualTo(10.0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GoalMatchKind.class)
    void anAGoalOutranksABGoalWhichOutranksACGoalForTheSameKindOfMatch(GoalMatchKind kind) {
      // The A goal's task is farthest, the C goal's nearest.
      given(
          companyKmAway("for-a", 6, taskMatching(kind, "a-task", "9412", "9411", "5120", "5131", "Køkkenmedhjælper")),
          companyKmAway("for-b", 4, taskMatching(kind, "b-task", "5223", "5222", "9334", "5230", "Butiksassistent")),
          companyKmAway("for-c", 2, taskMatching(kind, "c-task", "7115", "7114", "9313", "7411", "Tømrer")));

      MatchResult result = matchFor(aCitizen()
          .withGoal(C, "7115", "Tømrer")
          .withGoal(A, "9412", "Køkkenmedhjælper")
          .withGoal(B, "5223", "Butiksassistent"));

      assertThat(taskIds(result)).containsExactly("a-task", "b-task", "c-task");
      assertThat(List.of("a-task", "b-task", "c-task"))
          .extracting(id -> task(result, id).reasons().goals().getFirst().kind())
          .containsOnly(kind);
    }

    /**
     * A task that matches a goal (occupation {@code code}, title {@code title}) only by {@code kind}:
     * {@code sibling} shares the code's minor group, {@code tradeMate} is the helper or skilled
     * occupation of its trade, {@code fieldmate} shares only its field of work.
     */
    private static TaskBuilder taskMatching(GoalMatchKind kind, String id, String code, String sibling, String tradeMate,
        String fieldmate, String title) {
      return switch (kind) {
        case EXACT_OCCUPATION -> aTask(id).inOccupation(code);
        case SAME_MINOR_GROUP -> aTask(id).inOccupation(sibling);
        case SAME_TRADE -> aTask(id).inOccupation(tradeMate);
        case SAME_FIELD -> aTask(id).inOccupation(fieldmate);
        case TITLE_WORD -> aTask(id).titled(title + " søges").inOccupation("9629");
        case TITLE_PART -> aTask(id).titled("Stor" + title.toLowerCase(java.util.Locale.ROOT)).inOccupation("9629");
        case TEXT_WORD -> aTask(id).titled("Hjælp søges").described("Vi søger en " + title).inOccupation("9629");
        case TEXT_PART -> aTask(id).titled("Hjælp søges")
            .described("Vi mangler en kantine" + title.toLowerCase(java.util.Locale.ROOT)).inOccupation("9629");
      };
    }

    @Test
    void severalMatchedGoalsDoNotAddUpOnlyTheBestCounts() {
      // Exact for the A goal and title text for the B and C goals; the one-goal task is nearer.
      given(
          companyKmAway("many-goals", 5, aTask("three-goals").titled("Butiksassistent og bager").inOccupation("9412")),
          companyKmAway("one-goal", 1, aTask("one-goal").titled("Opvask").inOccupation("9412")));

      MatchResult result = matchFor(aCitizen()
          .withGoal(A, "9412", "Køkkenmedhjælper")
          .withGoal(B, "5223", "Butiksassistent")
          .withGoal(C, "7512", "Bager"));

      assertThat(taskIds(result)).containsExactly("one-goal", "three-goals");
      assertThat(task(result, "three-goals").breakdown().get(ScorePart.GOALS)).isEqualTo(task(result, "one-goal").breakdown().get(ScorePart.GOALS));
      assertThat(task(result, "three-goals").reasons().goals()).extracting(GoalMatch::rank, GoalMatch::kind)
          .containsExactly(
              tuple(A, GoalMatchKind.EXACT_OCCUPATION),
              tuple(B, GoalMatchKind.TITLE_WORD),
              tuple(C, GoalMatchKind.TITLE_WORD));
    }

    @Test
    void aLowerRankedGoalMatchedExactlyCanOutrankAHigherRankedGoalMatchedOnlyByText() {
      // Exact C (0.4 x 1.0) beats a title word of A (1.0 x 0.38) at the same distance: the kind of match weighs
      // in, not just the rank. (A few kilometres nearer, the A goal's task may win: the gap is small by design.)
      given(
          companyKmAway("exact-c", 3, aTask("exact-c").inOccupation("7512")),
          companyKmAway("text-a", 3, aTask("text-a").titled("Køkkenmedhjælper søges").inOccupation("9629")));

      assertThat(taskIdsFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper").withGoal(C, "7512", "Bager")))
          .containsExactly("exact-c", "text-a");
    }
  }

  @Nested
  class Place {
    @Test
    void nearerOutranksFartherWhenAllElseIsEqual() {
      // Added farthest first, so the order of the index cannot produce the expected order.
      given(
          companyKmAway("far", 20, aTask("far-task").inOccupation("9412")),
          companyKmAway("near", 2, aTask("near-task").inOccupation("9412")),
          companyKmAway("middle", 10, aTask("middle-task").inOccupation("9412")));

      MatchResult result = matchFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper"));

      assertThat(taskIds(result)).containsExactly("near-task", "middle-task", "far-task");
      // Linear decay to the edge of the 30 km radius, weight 3.
      assertThat(task(result, "near-task").breakdown().get(ScorePart.DISTANCE)).isCloseTo(3 * (1 - 2 / 30.0), within(0.01));
      assertThat(task(result, "middle-task").breakdown().get(ScorePart.DISTANCE)).isCloseTo(3 * (1 - 10 / 30.0), within(0.01));
      assertThat(task(result, "far-task").breakdown().get(ScorePart.DISTANCE)).isCloseTo(3 * (1 - 20 / 30.0), within(0.01));
    }
  }

  @Nested
  class PaidHours {
    @Test
    void openToOrdinaryHoursOutranksUnknownWhichOutranksClosed() {
      given(
          companyKmAway("open", 5, aTask("at-open")).openToOrdinaryHours(OrdinaryHoursStance.YES),
          companyKmAway("unknown", 3, aTask("at-unknown")).openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN),
          companyKmAway("closed", 1, aTask("at-closed")).openToOrdinaryHours(OrdinaryHoursStance.NO));

      assertThat(taskIdsFor(aCitizen())).containsExactly("at-open", "at-unknown", "at-closed");
    }

    @Test
    void aTaskEligibleForPaidHoursOutranksOneThatIsNot() {
      given(
          companyKmAway("eligible", 5, aTask("eligible-task").eligibleForPaidHours()),
          companyKmAway("not-eligible", 1, aTask("not-eligible-task")));

      assertThat(taskIdsFor(aCitizen())).containsExactly("eligible-task", "not-eligible-task");
    }

    @Test
    void aGoodPaidHoursRecordOutranksAnUnknownOneWhichOutranksAPoorOne() {
      // Eight of ten ended placements led to ordinary hours; none of ten did.
      given(
          companyKmAway("good-record", 3, aTask("at-good")).paidHoursRecord(10, 8),
          companyKmAway("no-record", 2, aTask("at-unknown")),
          companyKmAway("poor-record", 1, aTask("at-poor")).paidHoursRecord(10, 0));

      MatchResult result = matchFor(aCitizen());

      assertThat(taskIds(result)).containsExactly("at-good", "at-unknown", "at-poor");
      assertThat(company(result, "good-record").paidHoursRecord()).isEqualTo(new CompanyEntry.PaidHoursRecord(10, 8));
    }
  }

  @Nested
  class ContextParts {
    @Test
    void aTaskWithNothingOfTheCitizensOwnGetsHalfItsContextParts() {
      given(
          companyKmAway("related", 4, aTask("dishes").inOccupation("9412").weeklyHours(5, 20)),
          companyKmAway("unrelated", 4, aTask("tyres").inOccupation("7231").weeklyHours(5, 20)));

      MatchResult result = matchFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper").workingHoursNow(10).aimingForHours(20));

      for (ScorePart part : List.of(ScorePart.HOURS_FIT, ScorePart.DISTANCE, ScorePart.ORDINARY_HOURS)) {
        assertThat(task(result, "tyres").breakdown().get(part)).as(part.apiName())
            .isCloseTo(ScoreModel.UNRELATED_CONTEXT * task(result, "dishes").breakdown().get(part), within(1e-9));
      }
    }

    @Test
    void anUnrelatedTaskNextDoorDoesNotOutrankAGoalMatchedByATitleWordAFewKilometresAway() {
      given(
          companyKmAway("title-word", 8, aTask("canteen").titled("Køkkenmedhjælper i kantinen").inOccupation("9629")
              .weeklyHours(8, 10)),
          companyKmAway("next-door", 0, aTask("tyres").inOccupation("7231").weeklyHours(5, 20)));

      assertThat(taskIdsFor(aCitizen().withGoal(A, null, "Køkkenmedhjælper").workingHoursNow(10).aimingForHours(20)))
          .containsExactly("canteen", "tyres");
    }
  }

  @Nested
  class HoursFit {
    @Test
    void aTaskThatHoldsAllTheCitizensHoursNowOutranksOneThatHoldsFewer() {
      given(
          companyKmAway("all-hours", 5, aTask("ten-hours").weeklyHours(5, 10)),
          companyKmAway("some-hours", 1, aTask("six-hours").weeklyHours(5, 6)));

      // No room to grow: the target is the hours now.
      assertThat(taskIdsFor(aCitizen().workingHoursNow(10).aimingForHours(10)))
          .containsExactly("ten-hours", "six-hours");
    }

    @Test
    void roomToGrowTowardsTheTargetCounts() {
      // All three hold the 10 hours now; they differ only in how far towards 20 they let the citizen grow.
      given(
          companyKmAway("to-target", 3, aTask("up-to-20").inOccupation("9412").weeklyHours(5, 20)),
          companyKmAway("halfway", 2, aTask("up-to-15").inOccupation("9412").weeklyHours(5, 15)),
          companyKmAway("no-growth", 1, aTask("up-to-10").inOccupation("9412").weeklyHours(5, 10)));

      MatchResult result = matchFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper").workingHoursNow(10).aimingForHours(20));

      assertThat(taskIds(result)).containsExactly("up-to-20", "up-to-15", "up-to-10");
      assertThat(task(result, "up-to-20").breakdown().get(ScorePart.HOURS_FIT))
          .isCloseTo(ScorePart.HOURS_FIT.defaultWeight(), within(1e-9));
    }
  }

  @Nested
  class CvAndDevelopmentGoals {
    @Test
    void cvExperienceInTheTasksOccupationRaisesItAndIsExplained() {
      given(
          companyKmAway("bakery", 3, aTask("bread").titled("Morgenbrød").inOccupation("7512")),
          companyKmAway("dairy", 2, aTask("cheese").titled("Ost").inOccupation("7513")),
          companyKmAway("garage", 1, aTask("tyres").titled("Dækskifte").inOccupation("7231")));

      MatchResult result = matchFor(aCitizen().experiencedIn("7512"));

      assertThat(taskIds(result)).containsExactly("bread", "cheese", "tyres");
      assertThat(task(result, "bread").reasons().experience()).isEqualTo(new ExperienceMatch("7512", GoalMatchKind.EXACT_OCCUPATION, Source.EXPERIENCE, null, null, false));
      assertThat(task(result, "cheese").reasons().experience()).isEqualTo(new ExperienceMatch("7512", GoalMatchKind.SAME_MINOR_GROUP, Source.EXPERIENCE, null, null, false));
      assertThat(task(result, "tyres").reasons().experience()).isNull();
      assertThat(task(result, "bread").breakdown().get(ScorePart.EXPERIENCE))
          .isEqualTo(ScorePart.EXPERIENCE.defaultWeight() * ScoreModel.experience(GoalMatchKind.EXACT_OCCUPATION, null, null));
    }

    @Test
    void developmentGoalsMatchingTheTaskTextRaiseItAndAreListed() {
      given(
          companyKmAway("till", 1.5, aTask("customers").titled("Butiksopgaver").described("Kundekontakt ved kassen")),
          companyKmAway("stock", 1, aTask("shelves").titled("Butiksopgaver").described("Opfyldning af hylder")));

      MatchResult result = matchFor(aCitizen().developing("prøve kundekontakt", "stabilt fremmøde"));

      assertThat(taskIds(result)).containsExactly("customers", "shelves");
      assertThat(task(result, "customers").reasons().matchedDevelopmentGoals()).containsExactly("prøve kundekontakt");
      assertThat(task(result, "shelves").reasons().matchedDevelopmentGoals()).isEmpty();
      assertThat(task(result, "customers").breakdown().get(ScorePart.DEVELOPMENT_GOALS)).isPositive();
      assertThat(task(result, "shelves").breakdown().get(ScorePart.DEVELOPMENT_GOALS)).isZero();
    }
  }

  @Nested
  class PreferNeeds {
    @Test
    void aViolatedPreferNeedLowersTheRankAndIsListedAsASoftConflict() {
      // Every task in the goal's occupation, so every context part counts in full.
      CitizenBuilder citizen = aCitizen().withGoal(A, "9412", "Køkkenmedhjælper")
          .needing("NO_HEAVY_LIFTING", PREFER).needing("QUIET_ENVIRONMENT", PREFER);
      given(
          companyKmAway("heavy", 1, aTask("lifting").inOccupation("9412").demanding("HEAVY_LIFTING")),
          aCompany("quiet-room").at(kmNorthOf(COPENHAGEN, 3)).offering("QUIET_WORKSPACE")
              .with(aTask("noise-neutralised").inOccupation("9412").demanding("NOISE")),
          companyKmAway("light", 5, aTask("fitting").inOccupation("9412")));

      MatchResult result = matchFor(citizen);

      assertThat(taskIds(result)).containsExactly("noise-neutralised", "fitting", "lifting");
      assertThat(task(result, "lifting").reasons().softConflicts()).containsExactly("NO_HEAVY_LIFTING");
      assertThat(task(result, "noise-neutralised").reasons().softConflicts()).isEmpty();
      assertThat(task(result, "fitting").reasons().softConflicts()).isEmpty();
      assertThat(task(result, "lifting").breakdown().get(ScorePart.PREFER_NEEDS))
          .isCloseTo(ScorePart.PREFER_NEEDS.defaultWeight() / 2, within(1e-9));
    }
  }

  @Nested
  class SkillsAreBounded {
    @Test
    void noNumberOfRareMatchingSkillsLiftsAMinorGroupOrTitleTextTaskOverAnExactAGoalTaskAtTheSamePlace() {
      // Forty made-up words for each task, found in no other task: as rare as words get.
      String[] minorGroupSkills = rareWords("zqm", 40);
      String[] titleTextSkills = rareWords("zqt", 40);
      given(
          companyKmAway("exact", 2, aTask("exact-no-skills").titled("Opvask").inOccupation("9412")),
          companyKmAway("minor", 2, aTask("minor-all-skills").titled("Grill").inOccupation("9411")
              .withSkills(minorGroupSkills)),
          companyKmAway("text", 2, aTask("text-all-skills").titled("Køkkenmedhjælper").inOccupation("9629")
              .withSkills(titleTextSkills)));
      // Tasks as long as those two that share none of the words, so the words stay rare and the two
      // are not marked down for their length.
      for (int i = 0; i < 20; i++) {
        given(companyKmAway("filler-" + i, 25, aTask("filler-task-" + i).titled("Dækskifte")
            .described("dæk ".repeat(40)).inOccupation("7231")));
      }

      MatchResult result = matchFor(aCitizen().withGoal(A, "9412", "Køkkenmedhjælper")
          .withSkills(minorGroupSkills).withSkills(titleTextSkills), 3);

      assertThat(taskIds(result)).containsExactly("exact-no-skills", "minor-all-skills", "text-all-skills");
      // The skills did count, and heavily: unbounded, they would have decided the order.
      assertThat(task(result, "minor-all-skills").reasons().matchedSkills()).hasSize(40);
      assertThat(task(result, "minor-all-skills").breakdown().get(ScorePart.SKILLS)).isGreaterThan(2.5).isLessThan(3.0);
      assertThat(score(result, "exact-no-skills")).isGreaterThan(score(result, "minor-all-skills"));
    }

    private static String[] rareWords(String prefix, int count) {
      return IntStream.range(0, count)
          .mapToObj(i -> prefix + (char) ('b' + i % 20) + (char) ('b' + i / 20) + "x")
          .toArray(String[]::new);
    }
  }
}

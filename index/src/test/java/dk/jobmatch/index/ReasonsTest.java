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
import static dk.jobmatch.index.TestPlaces.ROSKILDE;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.index.CompanyEntry.OrdinaryHoursStance;
import dk.jobmatch.index.MatchResult.CompanyMatch;
import dk.jobmatch.index.MatchResult.GoalMatch;
import dk.jobmatch.index.MatchResult.GoalMatchKind;
import dk.jobmatch.index.MatchResult.HoursFit;
import dk.jobmatch.index.MatchResult.NeedCheck;
import dk.jobmatch.index.MatchResult.Reasons;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TestCompanies.TaskBuilder;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.NeedVerdict.Kind;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row says why it is on the list, in the terms a consultant uses. */
class ReasonsTest extends WithInMemoryIndex {

  private Reasons reasonsFor(TaskBuilder task, TestCitizens.CitizenBuilder citizen) {
    given(aCompany("company").with(task));
    return task(matchFor(citizen), "task").reasons();
  }

  @Nested
  class Goals {
    @Test
    void namesAnExactOccupationMatch() {
      Reasons reasons = reasonsFor(aTask("task").titled("Opvask").inOccupation("9412"),
          aCitizen().withGoal(A, "9412", "Køkkenmedhjælper"));

      assertThat(reasons.goals()).containsExactly(
          new GoalMatch(A, "Køkkenmedhjælper", "9412", GoalMatchKind.EXACT_OCCUPATION, null));
    }

    @Test
    void namesASameMinorGroupMatch() {
      Reasons reasons = reasonsFor(aTask("task").titled("Grill").inOccupation("9411"),
          aCitizen().withGoal(B, "9412", "Køkkenmedhjælper"));

      assertThat(reasons.goals()).containsExactly(
          new GoalMatch(B, "Køkkenmedhjælper", "9412", GoalMatchKind.SAME_MINOR_GROUP, null));
    }

    @Test
    void namesATitleTextMatch() {
      Reasons reasons = reasonsFor(aTask("task").titled("Køkkenmedhjælper i kantine").inOccupation("5131"),
          aCitizen().withGoal(C, "9412", "Køkkenmedhjælper"));

      assertThat(reasons.goals()).containsExactly(
          new GoalMatch(C, "Køkkenmedhjælper", "9412", GoalMatchKind.TITLE_WORD, null));
    }

    @Test
    void namesTheTradeOfAHelperAndASkilledOccupation() {
      // A cook's task for a kitchen helper's goal: one trade, closer than the title word.
      Reasons reasons = reasonsFor(aTask("task").titled("Køkkenmedhjælper i kantine").inOccupation("5120"),
          aCitizen().withGoal(C, "9412", "Køkkenmedhjælper"));

      assertThat(reasons.goals()).containsExactly(
          new GoalMatch(C, "Køkkenmedhjælper", "9412", GoalMatchKind.SAME_TRADE, null));
    }

    @Test
    void namesTheOccupationAGoalForSeveralMatchedExactly() {
      // "lager" stands for the stock clerk and the freight handler alike.
      Reasons reasons = reasonsFor(aTask("task").titled("Plukning af ordrer").inOccupation("9333"),
          aCitizen().withGoalFor(A, "lager", "4321", "9333"));

      assertThat(reasons.goals()).containsExactly(
          new GoalMatch(A, "lager", "9333", GoalMatchKind.EXACT_OCCUPATION, null));
    }

    @Test
    void namesATitleTextMatchOnAStemmedWord() {
      Reasons reasons = reasonsFor(aTask("task").titled("Butiksassistent i butikken").inOccupation("9629"),
          aCitizen().withGoal(C, "5223", "butikker"));

      assertThat(reasons.goals()).containsExactly(
          new GoalMatch(C, "butikker", "5223", GoalMatchKind.TITLE_WORD, null));
    }

    @Test
    void listsEveryMatchedGoalBestKindFirst() {
      Reasons reasons = reasonsFor(aTask("task").titled("Bager, morgenbrød").inOccupation("7512"),
          aCitizen().withGoal(A, null, "bager").withGoal(C, "7512", "Bager").withGoal(B, "9412", "Køkkenmedhjælper"));

      // The kitchen helper's goal reaches the bakery through the field of work (Køkken, restaurant og fødevarer).
      assertThat(reasons.goals()).extracting(GoalMatch::rank, GoalMatch::kind).containsExactly(
          tuple(C, GoalMatchKind.EXACT_OCCUPATION),
          tuple(A, GoalMatchKind.TITLE_WORD),
          tuple(B, GoalMatchKind.SAME_FIELD));
    }
  }

  @Nested
  class Skills {
    @Test
    void listsTheCvSkillsFoundInTheTaskAsTheCitizenWroteThem() {
      Reasons reasons = reasonsFor(
          aTask("task").titled("Kontoropgaver").described("Hjælp med regnskab").withSkills("Rengøringen"),
          aCitizen().withSkills("regnskaber", "truckkørsel", "rengøring"));

      assertThat(reasons.matchedSkills()).containsExactly("regnskaber", "rengøring");
    }
  }

  @Nested
  class Needs {
    @Test
    void reportsNoConflictWhenTheTaskDemandsNothingTheNeedAvoids() {
      Reasons reasons = reasonsFor(aTask("task").demanding("NOISE"), aCitizen().needing("NO_HEAVY_LIFTING", MUST));

      assertThat(reasons.needs()).containsExactly(
          new NeedCheck("NO_HEAVY_LIFTING", MUST, new NeedVerdict(Kind.NO_CONFLICT, List.of())));
    }

    @Test
    void namesTheCompanyWideAccommodationThatNeutralisesAConflict() {
      given(aCompany("company").offering("LIFTING_AIDS", "QUIET_WORKSPACE").with(aTask("task").demanding("HEAVY_LIFTING")));

      Reasons reasons = task(matchFor(aCitizen().needing("NO_HEAVY_LIFTING", MUST)), "task").reasons();

      assertThat(reasons.needs()).containsExactly(
          new NeedCheck("NO_HEAVY_LIFTING", MUST, new NeedVerdict(Kind.NEUTRALISED, List.of("LIFTING_AIDS"))));
    }

    @Test
    void namesTheTaskAccommodationThatNeutralisesAConflict() {
      Reasons reasons = reasonsFor(aTask("task").demanding("MANY_PEOPLE").offering("QUIET_WORKSPACE"),
          aCitizen().needing("FEW_PEOPLE", PREFER));

      assertThat(reasons.needs()).containsExactly(
          new NeedCheck("FEW_PEOPLE", PREFER, new NeedVerdict(Kind.NEUTRALISED, List.of("QUIET_WORKSPACE"))));
    }

    @Test
    void namesTheAccommodationThatMeetsARequirement() {
      Reasons reasons = reasonsFor(aTask("task").offering("BREAKS_ON_DEMAND", "OWN_PACE"),
          aCitizen().needing("FREQUENT_BREAKS", MUST));

      assertThat(reasons.needs()).containsExactly(
          new NeedCheck("FREQUENT_BREAKS", MUST, new NeedVerdict(Kind.REQUIREMENT_MET, List.of("BREAKS_ON_DEMAND"))));
    }

    @Test
    void judgesEveryNeedOfTheCitizenInTheirOrder() {
      Reasons reasons = reasonsFor(aTask("task").demanding("HEAVY_LIFTING", "NOISE").offering("LIFTING_AIDS"),
          aCitizen().needing("QUIET_ENVIRONMENT", PREFER).needing("NO_HEAVY_LIFTING", MUST).needing("INDOOR_ONLY", PREFER));

      assertThat(reasons.needs()).extracting(NeedCheck::code, c -> c.verdict().kind()).containsExactly(
          tuple("QUIET_ENVIRONMENT", Kind.VIOLATED),
          tuple("NO_HEAVY_LIFTING", Kind.NEUTRALISED),
          tuple("INDOOR_ONLY", Kind.NO_CONFLICT));
    }
  }

  @Nested
  class HoursAndDistance {
    @Test
    void setsTheTaskHoursAgainstTheCitizensHoursNowAndTarget() {
      Reasons reasons = reasonsFor(aTask("task").weeklyHours(8, 25), aCitizen().workingHoursNow(12).aimingForHours(30));

      assertThat(reasons.hours()).isEqualTo(new HoursFit(8, 25, 12, 30));
    }

    @Test
    void copiesTheTaskHoursIntoTheRow() {
      given(aCompany("company").with(aTask("task").weeklyHours(8, 25)));

      TaskMatch row = task(matchFor(aCitizen()), "task");

      assertThat(row.weeklyHoursMin()).isEqualTo(8);
      assertThat(row.weeklyHoursMax()).isEqualTo(25);
    }

    @Test
    void givesTheDistanceFromCopenhagenToRoskildeAsAboutThirtyOneKilometres() {
      given(aCompany("roskilde").at(ROSKILDE).with(aTask("task")));

      MatchResult result = matchFor(aCitizen().livingAt(COPENHAGEN).commutingAtMostKm(50));

      assertThat(task(result, "task").reasons().distanceKm()).isCloseTo(31.0, within(1.0));
      assertThat(company(result, "roskilde").distanceKm()).isCloseTo(31.0, within(1.0));
    }

    @Test
    void roundsTheDistanceToATenthOfAKilometre() {
      given(aCompany("north").at(kmNorthOf(COPENHAGEN, 12.34)).with(aTask("task")));

      assertThat(task(matchFor(aCitizen().livingAt(COPENHAGEN)), "task").reasons().distanceKm()).isEqualTo(12.3);
    }

    @Test
    void agreesWithGeoPointOnTheDistance() {
      given(aCompany("roskilde").at(ROSKILDE).with(aTask("task")));

      double km = task(matchFor(aCitizen().livingAt(COPENHAGEN).commutingAtMostKm(50)), "task").reasons().distanceKm();

      assertThat(km).isCloseTo(COPENHAGEN.distanceKm(ROSKILDE), within(0.06));
    }
  }

  @Nested
  class PaidHours {
    @ParameterizedTest(name = "eligible={0}, company open={1} -> {2}")
    @CsvSource({
        "true,  YES,     true",
        "true,  NO,      false",
        "true,  UNKNOWN, false",
        "false, YES,     false",
        "false, UNKNOWN, false",
    })
    void promisesPaidHoursOnlyForAnEligibleTaskAtACompanyOpenToOrdinaryHours(
        boolean eligible, OrdinaryHoursStance stance, boolean expected) {
      TaskBuilder task = aTask("task");
      if (eligible) {
        task.eligibleForPaidHours();
      }
      given(aCompany("company").openToOrdinaryHours(stance).with(task));

      assertThat(task(matchFor(aCitizen()), "task").reasons().paidHoursPotential()).isEqualTo(expected);
    }
  }

  @Nested
  class CompanyRow {
    @Test
    void describesTheCompanyOfTheRow() {
      given(aCompany("c-42").named("Bageriet Ved Søerne").inMunicipality("147")
          .openToOrdinaryHours(OrdinaryHoursStance.YES).at(kmNorthOf(COPENHAGEN, 2))
          .with(aTask("task").titled("Morgenbrød").inOccupation("7512")));

      CompanyMatch company = company(matchFor(aCitizen()), "c-42");

      assertThat(company.name()).isEqualTo("Bageriet Ved Søerne");
      assertThat(company.municipalityCode()).isEqualTo("147");
      assertThat(company.openToOrdinaryHours()).isEqualTo(OrdinaryHoursStance.YES);
      assertThat(company.distanceKm()).isEqualTo(2.0);
      assertThat(company.tasks()).singleElement().satisfies(t -> {
        assertThat(t.title()).isEqualTo("Morgenbrød");
        assertThat(t.occupationCode()).isEqualTo("7512");
      });
    }
  }
}

package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.CitizenProfile.Strictness.PREFER;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aTask;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.NeedCheck;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import dk.jobmatch.index.TestCompanies.CompanyBuilder;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.NeedVerdict.Kind;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Kun dagtimer på hverdage" (DAYTIME_ONLY) reads the task's agreed time slots: a slot outside
 * weekday 07:00-18:00 breaks it whatever the company offers, since a flexible schedule does not make
 * a morning round a day shift; slots all within daytime meet it whatever the task's demands say.
 * Only a task without agreed times falls back on its demands, where a flexible schedule neutralises
 * early or late hours. Each task that must be hidden is nearer than the control that is shown.
 */
class ScheduleNeedsTest extends WithInMemoryIndex {
  private static final String DAYTIME_ONLY = "DAYTIME_ONLY";

  private static CompanyBuilder control() {
    return companyKmAway("control", 5, aTask("control-task").on(WEDNESDAY, "10:00", "13:00"));
  }

  private static CitizenBuilder needingDaytime(CitizenProfile.Strictness strictness) {
    return aCitizen().needing(DAYTIME_ONLY, strictness);
  }

  private static NeedVerdict verdict(MatchResult result, String taskId) {
    return task(result, taskId).reasons().needs().getFirst().verdict();
  }

  @Nested
  class AsAMustNeed {
    @Test
    void neverShowsATaskWithAnEarlyMorningSlotEvenWhereTheCompanyOffersAFlexibleSchedule() {
      given(
          companyKmAway("newspapers", 1, aTask("morning-round").on(MONDAY, "05:00", "08:00").on(WEDNESDAY, "09:00", "12:00"))
              .offering("FLEXIBLE_SCHEDULE"),
          control());

      assertThat(taskIdsFor(needingDaytime(MUST))).containsExactly("control-task");
    }

    @Test
    void neverShowsATaskWithASaturdaySlotEvenWhereTheTaskOffersAFlexibleSchedule() {
      given(
          companyKmAway("market", 1, aTask("saturday-market").on(SATURDAY, "10:00", "13:00").offering("FLEXIBLE_SCHEDULE")),
          control());

      assertThat(taskIdsFor(needingDaytime(MUST))).containsExactly("control-task");
    }

    @ParameterizedTest(name = "{0} {1}-{2}: shown={3}")
    @CsvSource({
        "MONDAY,    07:00, 18:00, true",
        "FRIDAY,    12:00, 17:59, true",
        "TUESDAY,   06:59, 10:00, false",
        "THURSDAY,  16:00, 18:01, false",
        "SUNDAY,    10:00, 12:00, false",
    })
    void drawsTheLineAtWeekdaysFromSevenToSix(DayOfWeek day, String from, String to, boolean shown) {
      given(companyKmAway("company", 1, aTask("task").on(day, from, to)));

      assertThat(taskIdsFor(needingDaytime(MUST)).contains("task")).isEqualTo(shown);
    }

    @Test
    void showsATaskWhoseSlotsAreAllWeekdayDaytimeEvenIfItListsEarlyOrLateHours() {
      given(companyKmAway("office", 1, aTask("daytime").demanding("EARLY_OR_LATE_HOURS")
          .on(MONDAY, "07:00", "10:00").on(FRIDAY, "15:00", "18:00")), control());

      MatchResult result = matchFor(needingDaytime(MUST));

      assertThat(taskIds(result)).containsExactly("daytime", "control-task");
      assertThat(verdict(result, "daytime")).isEqualTo(new NeedVerdict(Kind.WITHIN_DAYTIME, List.of()));
    }

    @Test
    void judgesATaskWithoutAgreedTimesByItsDemands() {
      given(
          companyKmAway("early-rigid", 1, aTask("early-no-flex").demanding("EARLY_OR_LATE_HOURS")),
          companyKmAway("early-flexible", 2, aTask("early-task-flex").demanding("EARLY_OR_LATE_HOURS")
              .offering("FLEXIBLE_SCHEDULE")),
          companyKmAway("early-company-flexible", 3, aTask("early-company-flex").demanding("EARLY_OR_LATE_HOURS"))
              .offering("FLEXIBLE_SCHEDULE"),
          companyKmAway("no-hours-said", 4, aTask("no-demand")));

      MatchResult result = matchFor(needingDaytime(MUST));

      assertThat(taskIds(result)).containsExactly("early-task-flex", "early-company-flex", "no-demand");
      assertThat(verdict(result, "early-task-flex")).isEqualTo(new NeedVerdict(Kind.NEUTRALISED, List.of("FLEXIBLE_SCHEDULE")));
      assertThat(verdict(result, "early-company-flex")).isEqualTo(verdict(result, "early-task-flex"));
      assertThat(verdict(result, "no-demand")).isEqualTo(new NeedVerdict(Kind.NO_CONFLICT, List.of()));
    }
  }

  @Nested
  class AsAPreferNeed {
    @Test
    void showsATaskOutsideDaytimeLowerWithTheNeedAsASoftConflictAndTheSlotsNamed() {
      given(
          companyKmAway("newspapers", 1, aTask("morning-round").on(MONDAY, "05:00", "08:00").on(WEDNESDAY, "09:00", "12:00")
              .on(SUNDAY, "06:00", "09:00")),
          control());

      MatchResult result = matchFor(needingDaytime(PREFER));

      assertThat(taskIds(result)).containsExactly("control-task", "morning-round");
      TaskMatch outside = task(result, "morning-round");
      assertThat(outside.reasons().softConflicts()).containsExactly(DAYTIME_ONLY);
      assertThat(outside.reasons().needs()).containsExactly(new NeedCheck(DAYTIME_ONLY, PREFER,
          new NeedVerdict(Kind.OUTSIDE_DAYTIME, List.of("MONDAY 05:00-08:00", "SUNDAY 06:00-09:00"))));
      assertThat(outside.breakdown().get(ScorePart.PREFER_NEEDS)).isZero();
      // The citizen has no goal, so the task's context parts count at the share of an unrelated task.
      assertThat(task(result, "control-task").breakdown().get(ScorePart.PREFER_NEEDS))
          .isEqualTo(ScorePart.PREFER_NEEDS.defaultWeight() * ScoreModel.UNRELATED_CONTEXT);
      assertThat(task(result, "control-task").reasons().softConflicts()).isEmpty();
    }

    @Test
    void aFlexibleScheduleDoesNotLiftATaskWithASlotOutsideDaytime() {
      given(
          companyKmAway("newspapers", 1, aTask("morning-round").on(MONDAY, "05:00", "08:00")).offering("FLEXIBLE_SCHEDULE"),
          control());

      MatchResult result = matchFor(needingDaytime(PREFER));

      assertThat(taskIds(result)).containsExactly("control-task", "morning-round");
      assertThat(task(result, "morning-round").reasons().softConflicts()).containsExactly(DAYTIME_ONLY);
    }
  }
}

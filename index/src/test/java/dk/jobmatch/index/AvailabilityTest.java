package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static dk.jobmatch.index.TestPlaces.COPENHAGEN;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.HeldBack;
import dk.jobmatch.index.TestCompanies.CompanyBuilder;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Companies tire when several consultants call them: a paused company, one not available yet and
 * one at its monthly limit of new placements are never shown, but counted in {@code heldBack} when
 * they would otherwise fit. Each held-back company is nearer than the control company that is
 * shown, so it would be first on the list if availability did not hold it back.
 */
class AvailabilityTest extends WithInMemoryIndex {
  private static final YearMonth THIS_MONTH = YearMonth.from(TODAY);

  /** The company that is always available, a little farther away than the company under test. */
  private static CompanyBuilder control() {
    return aCompany("control").at(kmNorthOf(COPENHAGEN, 5)).with(aTask("control-task"));
  }

  private static CompanyBuilder nearby(String companyId) {
    return aCompany(companyId).at(kmNorthOf(COPENHAGEN, 1)).with(aTask(companyId + "-task"));
  }

  @Nested
  class Pause {
    @Test
    void aPausedCompanyNeverAppearsAndIsCountedAsPaused() {
      given(nearby("paused").pausedUntil(TODAY.plusDays(1)), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("control");
      assertThat(result.heldBack()).isEqualTo(new HeldBack(1, 0));
    }

    @Test
    void aCompanyNotAvailableUntilAFutureDateNeverAppearsAndIsCountedAsPaused() {
      given(nearby("later").nextAvailableOn(TODAY.plusWeeks(2)), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("control");
      assertThat(result.heldBack()).isEqualTo(new HeldBack(1, 0));
    }

    @Test
    void aPauseEndingTodayDoesNotHoldTheCompanyBack() {
      given(nearby("pause-ends-today").pausedUntil(TODAY), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("pause-ends-today", "control");
      assertThat(result.heldBack()).isEqualTo(HeldBack.NONE);
    }

    @Test
    void aCompanyAvailableAgainTodayAppears() {
      given(nearby("available-today").nextAvailableOn(TODAY), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("available-today", "control");
      assertThat(result.heldBack()).isEqualTo(HeldBack.NONE);
    }

    @Test
    void aPauseEndedInThePastDoesNotHoldTheCompanyBack() {
      given(nearby("pause-over").pausedUntil(TODAY.minusDays(1)).nextAvailableOn(TODAY.minusMonths(1)), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("pause-over", "control");
      assertThat(result.heldBack()).isEqualTo(HeldBack.NONE);
    }

    @Test
    void theLaterOfPauseAndNextAvailableDateHoldsTheCompanyBack() {
      // The pause is over, but the company is not available again until next week.
      given(nearby("paused-then-later").pausedUntil(TODAY.minusDays(3)).nextAvailableOn(TODAY.plusWeeks(1)), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("control");
      assertThat(result.heldBack()).isEqualTo(new HeldBack(1, 0));
    }
  }

  @Nested
  class ContactLimit {
    @Test
    void aCompanyAtItsContactLimitIsHeldBackAndCountedApartFromPausedAndFullOnes() {
      given(nearby("asked-enough").contactLimitUntil(TODAY.plusDays(3)), nearby("paused").pausedUntil(TODAY.plusDays(3)),
          nearby("full").monthlyLimit(1, THIS_MONTH, 1), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("control");
      assertThat(result.heldBack()).isEqualTo(new HeldBack(1, 1, 1));
    }

    @Test
    void onTheDayItsOldestRequestLeavesThePeriodTheCompanyIsBack() {
      given(nearby("asked-enough").contactLimitUntil(TODAY), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("asked-enough", "control");
      assertThat(result.heldBack()).isEqualTo(HeldBack.NONE);
    }

    @Test
    void aPausedCompanyAtItsContactLimitCountsAsPaused() {
      given(nearby("both").pausedUntil(TODAY.plusDays(1)).contactLimitUntil(TODAY.plusDays(1)), control());

      assertThat(matchFor(aCitizen()).heldBack()).isEqualTo(new HeldBack(1, 0, 0));
    }
  }

  @Nested
  class MonthlyLimit {
    @Test
    void aCompanyAtItsMonthlyLimitThisMonthNeverAppearsAndIsCounted() {
      given(nearby("full").monthlyLimit(2, THIS_MONTH, 2), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("control");
      assertThat(result.heldBack()).isEqualTo(new HeldBack(0, 1));
    }

    @Test
    void aCompanyBelowItsMonthlyLimitAppears() {
      given(nearby("one-left").monthlyLimit(2, THIS_MONTH, 1), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("one-left", "control");
      assertThat(result.heldBack()).isEqualTo(HeldBack.NONE);
    }

    @Test
    void aLimitReachedInAnEarlierMonthDoesNotHoldTheCompanyBack() {
      given(nearby("full-last-month").monthlyLimit(2, THIS_MONTH.minusMonths(1), 5), control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("full-last-month", "control");
      assertThat(result.heldBack()).isEqualTo(HeldBack.NONE);
    }
  }

  @Nested
  class HeldBackCounting {
    @Test
    void aHeldBackCompanyOutsideTheCommuteRadiusIsNotCounted() {
      given(
          aCompany("paused-far").at(kmNorthOf(COPENHAGEN, 40)).pausedUntil(TODAY.plusDays(1)).with(aTask("far-task")),
          aCompany("full-far").at(kmNorthOf(COPENHAGEN, 40)).monthlyLimit(1, THIS_MONTH, 1).with(aTask("far-full-task")),
          control());

      assertThat(matchFor(aCitizen().commutingAtMostKm(30)).heldBack()).isEqualTo(HeldBack.NONE);
    }

    @Test
    void aHeldBackCompanyWhoseTasksBreakAnotherFilterIsNotCounted() {
      given(
          aCompany("paused-heavy").at(kmNorthOf(COPENHAGEN, 1)).pausedUntil(TODAY.plusDays(1))
              .with(aTask("lifting").demanding("HEAVY_LIFTING")),
          aCompany("paused-long-hours").at(kmNorthOf(COPENHAGEN, 1)).pausedUntil(TODAY.plusDays(1))
              .with(aTask("twenty-hours").weeklyHours(20, 25)),
          aCompany("paused-full-task").at(kmNorthOf(COPENHAGEN, 1)).pausedUntil(TODAY.plusDays(1))
              .with(aTask("taken").capacity(1, 1)),
          aCompany("paused-excluded").at(kmNorthOf(COPENHAGEN, 1)).pausedUntil(TODAY.plusDays(1))
              .with(aTask("excluded-task")),
          control());

      MatchResult result = matchFor(aCitizen().needing("NO_HEAVY_LIFTING", MUST).workingHoursNow(15)
          .excluding("paused-excluded"));

      assertThat(companyIds(result)).containsExactly("control");
      assertThat(result.heldBack()).isEqualTo(HeldBack.NONE);
    }

    @Test
    void aHeldBackCompanyWithOneFittingTaskAmongOthersIsCountedOnce() {
      given(
          aCompany("paused-mixed").at(kmNorthOf(COPENHAGEN, 1)).pausedUntil(TODAY.plusDays(1))
              .with(aTask("lifting").demanding("HEAVY_LIFTING"), aTask("filing"), aTask("scanning")),
          control());

      MatchResult result = matchFor(aCitizen().needing("NO_HEAVY_LIFTING", MUST));

      assertThat(result.heldBack()).isEqualTo(new HeldBack(1, 0));
    }

    @Test
    void aCompanyBothPausedAndFullIsCountedOnceAsPaused() {
      given(nearby("paused-and-full").pausedUntil(TODAY.plusDays(1)).monthlyLimit(1, THIS_MONTH, 1), control());

      assertThat(matchFor(aCitizen()).heldBack()).isEqualTo(new HeldBack(1, 0));
    }

    @Test
    void countsEachHeldBackCompanyByItsReason() {
      given(
          nearby("paused-1").pausedUntil(TODAY.plusDays(1)),
          nearby("paused-2").nextAvailableOn(TODAY.plusDays(10)),
          nearby("full-1").monthlyLimit(1, THIS_MONTH, 1),
          nearby("full-2").monthlyLimit(3, THIS_MONTH, 4),
          nearby("full-3").monthlyLimit(2, THIS_MONTH, 2),
          control());

      MatchResult result = matchFor(aCitizen());

      assertThat(companyIds(result)).containsExactly("control");
      assertThat(result.heldBack()).isEqualTo(new HeldBack(2, 3));
    }
  }

  @Nested
  class FreeCapacity {
    @Test
    void aTaskWhoseSeatsAreAllTakenIsFiltered() {
      given(aCompany("shared").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("both-seats-taken").capacity(2, 2)), control());

      assertThat(taskIdsFor(aCitizen())).containsExactly("control-task");
    }

    @Test
    void aTaskWithOneOfTwoSeatsTakenIsShown() {
      given(aCompany("shared").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("one-seat-left").capacity(2, 1)), control());

      assertThat(taskIdsFor(aCitizen())).containsExactly("one-seat-left", "control-task");
    }

    @Test
    void anOverbookedTaskIsFiltered() {
      given(aCompany("overbooked").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("three-in-two-seats").capacity(2, 3)), control());

      assertThat(taskIdsFor(aCitizen())).containsExactly("control-task");
    }

    @Test
    void aFullTaskDoesNotHideTheOtherTasksOfItsCompany() {
      given(aCompany("shop").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("full").capacity(1, 1), aTask("free").capacity(1, 0)));

      assertThat(taskIdsFor(aCitizen())).containsExactly("free");
    }
  }
}

package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hard filters: a task that violates one is never on the list, whatever it would score. */
class HardFiltersTest extends WithInMemoryIndex {

  @Nested
  class MustNeeds {
    @Test
    void hidesTaskThatDemandsHeavyLiftingFromMustNeed() {
      given(aCompany("warehouse").with(
          aTask("lifting").demanding("HEAVY_LIFTING"),
          aTask("labelling").demanding("PROLONGED_STANDING")));

      assertThat(taskIdsFor(aCitizen().needing("NO_HEAVY_LIFTING", MUST))).containsExactly("labelling");
    }

    @Test
    void showsConflictingTaskWhenTheTaskOffersANeutraliser() {
      given(aCompany("warehouse").with(
          aTask("lifting-with-aids").demanding("HEAVY_LIFTING").offering("LIFTING_AIDS"),
          aTask("lifting").demanding("HEAVY_LIFTING")));

      assertThat(taskIdsFor(aCitizen().needing("NO_HEAVY_LIFTING", MUST))).containsExactly("lifting-with-aids");
    }

    @Test
    void showsConflictingTaskWhenItsCompanyOffersANeutraliser() {
      given(
          aCompany("with-aids").offering("LIFTING_AIDS").with(aTask("lifting-with-aids").demanding("HEAVY_LIFTING")),
          aCompany("without-aids").with(aTask("lifting").demanding("HEAVY_LIFTING")));

      assertThat(taskIdsFor(aCitizen().needing("NO_HEAVY_LIFTING", MUST))).containsExactly("lifting-with-aids");
    }

    @Test
    void ignoresAccommodationsThatNeutraliseADifferentNeed() {
      given(aCompany("warehouse").offering("SEATED_OPTION", "BREAKS_ON_DEMAND")
          .with(aTask("lifting").demanding("HEAVY_LIFTING").offering("QUIET_WORKSPACE")));

      assertThat(taskIdsFor(aCitizen().needing("NO_HEAVY_LIFTING", MUST))).isEmpty();
    }

    @Test
    void hidesConflictingTaskOfANeedThatNothingNeutralises() {
      given(aCompany("park").offering("LIFTING_AIDS", "SEATED_OPTION", "QUIET_WORKSPACE", "FLEXIBLE_SCHEDULE")
          .with(aTask("outdoor").demanding("OUTDOOR").offering("BREAKS_ON_DEMAND", "OWN_PACE"),
              aTask("indoor").demanding("WALKING")));

      assertThat(taskIdsFor(aCitizen().needing("INDOOR_ONLY", MUST))).containsExactly("indoor");
    }

    @Test
    void appliesEveryMustNeedAtOnce() {
      given(aCompany("kitchen").with(
          aTask("lifting").demanding("HEAVY_LIFTING"),
          aTask("noisy").demanding("NOISE"),
          aTask("lifting-and-noisy").demanding("HEAVY_LIFTING", "NOISE").offering("LIFTING_AIDS"),
          aTask("calm").demanding("PROLONGED_STANDING")));

      assertThat(taskIdsFor(aCitizen().needing("NO_HEAVY_LIFTING", MUST).needing("QUIET_ENVIRONMENT", MUST)))
          .containsExactly("calm");
    }

    @Test
    void hidesTaskWithoutTheAccommodationARequiringNeedAsksFor() {
      given(aCompany("office").with(aTask("no-breaks").offering("FLEXIBLE_SCHEDULE")));

      assertThat(taskIdsFor(aCitizen().needing("FREQUENT_BREAKS", MUST))).isEmpty();
    }

    @Test
    void showsTaskThatOffersTheAccommodationARequiringNeedAsksFor() {
      given(aCompany("office").with(
          aTask("breaks").offering("BREAKS_ON_DEMAND"),
          aTask("no-breaks")));

      assertThat(taskIdsFor(aCitizen().needing("FREQUENT_BREAKS", MUST))).containsExactly("breaks");
    }

    @Test
    void showsEveryTaskOfACompanyThatOffersTheRequiredAccommodationCompanyWide() {
      given(
          aCompany("breaks-everywhere").offering("BREAKS_ON_DEMAND").with(aTask("filing"), aTask("scanning")),
          aCompany("no-breaks").with(aTask("sorting")));

      assertThat(taskIdsFor(aCitizen().needing("FREQUENT_BREAKS", MUST)))
          .containsExactlyInAnyOrder("filing", "scanning");
    }

    @Test
    void rejectsANeedCodeOutsideTheVocabulary() {
      given(aCompany("office").with(aTask("filing")));

      assertThatThrownBy(() -> matchFor(aCitizen().needing("NO_SUCH_NEED", MUST)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("NO_SUCH_NEED");
    }
  }

  @Nested
  class Hours {
    @Test
    void hidesTaskWhoseMinimumHoursExceedTheCitizensHoursNow() {
      given(aCompany("shop").with(
          aTask("eleven-hours").weeklyHours(11, 20),
          aTask("nine-hours").weeklyHours(9, 20)));

      assertThat(taskIdsFor(aCitizen().workingHoursNow(10))).containsExactly("nine-hours");
    }

    @Test
    void showsTaskWhoseMinimumHoursEqualTheCitizensHoursNow() {
      given(aCompany("shop").with(aTask("ten-hours").weeklyHours(10, 20)));

      assertThat(taskIdsFor(aCitizen().workingHoursNow(10))).containsExactly("ten-hours");
    }
  }

  @Nested
  class CommuteRadius {
    @Test
    void hidesTaskOutsideTheCommuteRadius() {
      given(
          aCompany("roskilde").at(TestPlaces.ROSKILDE).with(aTask("in-roskilde")),
          aCompany("copenhagen").at(TestPlaces.kmNorthOf(TestPlaces.COPENHAGEN, 3)).with(aTask("in-copenhagen")));

      assertThat(taskIdsFor(aCitizen().livingAt(TestPlaces.COPENHAGEN).commutingAtMostKm(25)))
          .containsExactly("in-copenhagen");
    }

    @Test
    void showsTaskInsideTheCommuteRadius() {
      given(aCompany("roskilde").at(TestPlaces.ROSKILDE).with(aTask("in-roskilde")));

      assertThat(taskIdsFor(aCitizen().livingAt(TestPlaces.COPENHAGEN).commutingAtMostKm(35)))
          .containsExactly("in-roskilde");
    }

    @Test
    void drawsTheRadiusLineWithinHalfAKilometre() {
      given(
          aCompany("just-inside").at(TestPlaces.kmNorthOf(TestPlaces.COPENHAGEN, 19.5)).with(aTask("inside")),
          aCompany("just-outside").at(TestPlaces.kmNorthOf(TestPlaces.COPENHAGEN, 20.5)).with(aTask("outside")));

      assertThat(taskIdsFor(aCitizen().livingAt(TestPlaces.COPENHAGEN).commutingAtMostKm(20)))
          .containsExactly("inside");
    }
  }

  @Nested
  class Companies {
    @Test
    void hidesEveryTaskOfAnExcludedCompany() {
      given(
          aCompany("excluded").with(aTask("excluded-1"), aTask("excluded-2")),
          aCompany("welcome").with(aTask("welcome-1")));

      assertThat(taskIdsFor(aCitizen().excluding("excluded"))).containsExactly("welcome-1");
    }

    @Test
    void hidesCompanyPausedUntilAFutureDate() {
      given(
          aCompany("paused").pausedUntil(TODAY.plusDays(1)).with(aTask("paused-task")),
          aCompany("open").with(aTask("open-task")));

      assertThat(taskIdsFor(aCitizen())).containsExactly("open-task");
    }

    @Test
    void showsCompanyPausedUntilToday() {
      given(aCompany("back-today").pausedUntil(TODAY).with(aTask("task")));

      assertThat(taskIdsFor(aCitizen())).containsExactly("task");
    }

    @Test
    void showsCompanyWhosePauseEndedInThePast() {
      given(aCompany("back-since-january").pausedUntil(TODAY.minusMonths(2)).with(aTask("task")));

      assertThat(taskIdsFor(aCitizen())).containsExactly("task");
    }

    @Test
    void hidesTaskWithNoFreeCapacity() {
      given(aCompany("shop").with(
          aTask("full").freeCapacity(0),
          aTask("one-seat-left").freeCapacity(1)));

      assertThat(taskIdsFor(aCitizen())).containsExactly("one-seat-left");
    }
  }
}

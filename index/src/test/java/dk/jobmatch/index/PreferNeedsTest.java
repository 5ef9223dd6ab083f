package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.Strictness.PREFER;
import static dk.jobmatch.index.TestCitizens.aCitizen;
import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static dk.jobmatch.index.TestPlaces.COPENHAGEN;
import static dk.jobmatch.index.TestPlaces.kmNorthOf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.NeedCheck;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.NeedVerdict.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PREFER needs never hide a task; they lower its rank and say why. */
class PreferNeedsTest extends WithInMemoryIndex {

  @Test
  void showsTaskThatViolatesAPreferNeed() {
    given(aCompany("warehouse").with(aTask("lifting").demanding("HEAVY_LIFTING", "NOISE")));

    assertThat(taskIdsFor(aCitizen().needing("NO_HEAVY_LIFTING", PREFER))).containsExactly("lifting");
  }

  @Test
  void explainsAViolatedPreferNeedWithTheConflictingDemand() {
    given(aCompany("warehouse").with(aTask("lifting").demanding("HEAVY_LIFTING", "NOISE", "TIME_PRESSURE")));

    MatchResult result = matchFor(aCitizen().needing("NO_HEAVY_LIFTING", PREFER).needing("LOW_TEMPO", PREFER));

    assertThat(task(result, "lifting").reasons().needs()).containsExactly(
        new NeedCheck("NO_HEAVY_LIFTING", PREFER, new NeedVerdict(Kind.VIOLATED, List.of("HEAVY_LIFTING"))),
        new NeedCheck("LOW_TEMPO", PREFER, new NeedVerdict(Kind.VIOLATED, List.of("TIME_PRESSURE"))));
  }

  @Test
  void ranksTaskThatViolatesAPreferNeedBelowAnOtherwiseIdenticalTaskThatDoesNot() {
    // The violating task is nearer, so only the need can put it second.
    given(
        aCompany("heavy").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("lifting").titled("Lageropgaver").demanding("HEAVY_LIFTING")),
        aCompany("light").at(kmNorthOf(COPENHAGEN, 5)).with(aTask("not-lifting").titled("Lageropgaver")));

    assertThat(taskIdsFor(aCitizen().needing("NO_HEAVY_LIFTING", PREFER)))
        .containsExactly("not-lifting", "lifting");
  }

  @Test
  void ranksANeutralisedPreferNeedAsMet() {
    given(
        aCompany("heavy-with-aids").at(kmNorthOf(COPENHAGEN, 1)).offering("LIFTING_AIDS")
            .with(aTask("lifting-with-aids").demanding("HEAVY_LIFTING")),
        aCompany("light").at(kmNorthOf(COPENHAGEN, 5)).with(aTask("not-lifting")));

    assertThat(taskIdsFor(aCitizen().needing("NO_HEAVY_LIFTING", PREFER)))
        .containsExactly("lifting-with-aids", "not-lifting");
  }

  @Test
  void ranksTaskOfferingWhatAPreferNeedRequiresAboveOneThatDoesNot() {
    given(
        aCompany("rigid").at(kmNorthOf(COPENHAGEN, 1)).with(aTask("fixed-hours")),
        aCompany("flexible").at(kmNorthOf(COPENHAGEN, 5)).with(aTask("flexible-hours").offering("FLEXIBLE_SCHEDULE")));

    assertThat(taskIdsFor(aCitizen().needing("FLEXIBLE_HOURS", PREFER)))
        .containsExactly("flexible-hours", "fixed-hours");
  }
}

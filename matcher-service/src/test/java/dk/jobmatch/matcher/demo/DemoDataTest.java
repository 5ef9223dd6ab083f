package dk.jobmatch.matcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.contact.ContactImport;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.synthetic.PlacementHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo data set as plain Java: its history is the same on every start of the same day and leaves the hand-written citizens alone. */
class DemoDataTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final Instant NOW = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
  private static final ZoneId ZONE = ZoneOffset.UTC;

  @Test
  void makesTheSameHistoryOnEveryStartOfTheSameDay() {
    DemoData.DataSet first = DemoData.dataSet(NOW, TODAY, ZONE);
    DemoData.DataSet second = DemoData.dataSet(NOW, TODAY, ZONE);

    assertThat(second.citizens()).isEqualTo(first.citizens());
    assertThat(second.placements()).isEqualTo(first.placements()).isNotEmpty();
    assertThat(second.contacts()).isEqualTo(first.contacts()).isNotEmpty();
  }

  @Test
  void givesEveryJobCentreWithCitizensItsHistory() {
    DemoData.DataSet demo = DemoData.dataSet(NOW, TODAY, ZONE);
    Set<String> withCitizens = demo.citizens().stream().map(c -> c.jobCentre()).collect(Collectors.toSet());
    Set<String> withPlacements = demo.placements().stream().map(p -> p.placement().jobCentre()).collect(Collectors.toSet());
    assertThat(withPlacements).hasSizeGreaterThan(withCitizens.size() * 3 / 4);
    assertThat(demo.citizens()).filteredOn(c -> c.consultant() != null).hasSizeGreaterThan(demo.citizens().size() * 3 / 4)
        .allSatisfy(c -> assertThat(DemoData.consultants()).contains(c.consultant()));
  }

  @Test
  void givesTheTourAndNoMatchCitizensNoHistoryAndTheTourCitizenTheFirstConsultant() {
    DemoData.DataSet demo = DemoData.dataSet(NOW, TODAY, ZONE);
    Set<String> placed = demo.placements().stream().map(PlacementHistory.Placed::placement).map(Placement::citizenId)
        .collect(Collectors.toSet());
    assertThat(placed).doesNotContain(DemoData.TOUR_CITIZEN_ID).doesNotContainAnyElementsOf(DemoData.NO_MATCH_CITIZEN_IDS);
    assertThat(demo.contacts()).extracting(ContactImport.Recorded::input)
        .noneMatch(in -> in.getCitizenId() != null && in.getCitizenId().toString().equals(DemoData.TOUR_CITIZEN_ID));
    assertThat(demo.citizens()).filteredOn(c -> c.id().equals(DemoData.TOUR_CITIZEN_ID)).singleElement()
        .satisfies(tour -> assertThat(tour.consultant()).isEqualTo(DemoData.TEAMS.get("nord").getFirst()));
  }
}

package dk.jobmatch.matcher.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class PlacementLoadsTest {
  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Test
  void onlyPlacementsTheCompanySaidYesToCountAgainstItsMonthlyLimit() {
    PlacementLoad load = PlacementLoads.summarise(List.of(
        placement("PROPOSED"), placement("WITHDRAWN"), placement("AGREED"), placement("ACTIVE"), placement("ENDED")), MARCH);

    assertThat(load.startedInMonth()).isEqualTo(3);
  }

  @Test
  void aWithdrawnProposalTakesNoSeatAndIsNoEndedPlacement() {
    PlacementLoad load = PlacementLoads.summarise(List.of(placement("WITHDRAWN")), MARCH);

    assertThat(load.activeByTask()).isEmpty();
    assertThat(load.ended()).isZero();
  }

  private static Document placement(String status) {
    return new Document("companyId", "c").append("taskIds", List.of("t")).append("status", status)
        .append("startDate", LocalDate.of(2026, 3, 10));
  }
}

package dk.jobmatch.matcher.figures;

import static dk.jobmatch.matcher.placement.PlacementRecords.active;
import static dk.jobmatch.matcher.placement.PlacementRecords.followedUp;
import static dk.jobmatch.matcher.placement.PlacementRecords.placed;
import static dk.jobmatch.matcher.placement.PlacementRecords.withHours;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.figures.ProductionFigures.CaseloadGroup;
import dk.jobmatch.matcher.figures.ProductionFigures.Figures;
import dk.jobmatch.matcher.figures.ProductionFigures.Week;
import dk.jobmatch.matcher.placement.HoursLedger;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.placement.PlacementOutcome;
import dk.jobmatch.matcher.placement.PlacementRecords.Placed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A known caseload with the figures worked out by hand. On Tuesday 31 March 2026:
 * <pre>
 * citizen consultant placement (active from)   hours in force      last follow-up  due     past 13 w
 * a1      anna       2025-12-01                14 + 5 (since 3/2)  2026-03-20      4/19    yes
 * a2      anna       2026-03-02                10 + 0              -               4/1     no
 * a3      anna       2026-01-05                12 + 3              2026-02-01      3/3 (!) no
 * a4      anna       2025-10-01 to 2026-02-28  (ended)
 * b1      bo         2026-02-02                 8 + 4              -               3/4 (!) no
 * b2      bo         -
 * n1      (none)     2026-03-23                 6 + 1              -               4/22    no
 * x1      (other job centre's or erased: not in any caseload; must not count)
 * </pre>
 */
class ProductionFiguresTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  private final List<CaseloadGroup> groups = List.of(
      new CaseloadGroup("anna", 4, 3, 2, List.of("a1", "a2", "a3", "a4")),
      new CaseloadGroup("bo", 2, 1, 2, List.of("b1", "b2")),
      new CaseloadGroup(null, 1, 0, 1, List.of("n1")));

  private final List<Placed> placed = List.of(
      withHours(active("a1", LocalDate.of(2025, 12, 1), 15, 2), LocalDate.of(2026, 3, 2), 14, 5)
          .followedUp(LocalDate.of(2026, 3, 20)),
      placed(active("a2", LocalDate.of(2026, 3, 2), 10, 0)),
      placed(followedUp(active("a3", LocalDate.of(2026, 1, 5), 12, 3), LocalDate.of(2026, 2, 1))),
      placed(active("a4", LocalDate.of(2025, 10, 1), 10, 6))
          .end(LocalDate.of(2026, 2, 28), PlacementOutcome.ORDINARY_JOB, null),
      placed(active("b1", LocalDate.of(2026, 2, 2), 8, 4)),
      placed(active("n1", LocalDate.of(2026, 3, 23), 6, 1)),
      placed(active("x1", LocalDate.of(2026, 1, 5), 10, 10)));
  private final List<Placement> placements = placed.stream().map(Placed::placement).toList();
  /** Each placement's ledger, as the service reads them apart from the placements. */
  private final Map<String, HoursLedger> ledgers = placed.stream()
      .collect(Collectors.toMap(p -> p.placement().id(), Placed::ledger));

  private final ProductionFigures.Result result = ProductionFigures.compute(groups, placements, ledgers, DAY, 3);

  @Test
  void totalsCoverEveryCitizenOfTheScopeIncludingThoseInNoCaseload() {
    // 4 with ordinary hours (a1 5, a3 3, b1 4, n1 1): 13 / 4 = 3.25
    assertThat(result.totals()).isEqualTo(new Figures(7, 4, 5, 5, 4, 3.25, 1, 2));
  }

  @Test
  void eachConsultantHasTheFiguresOfTheirOwnCaseload() {
    assertThat(result.byConsultant()).containsOnlyKeys("anna", "bo");
    // anna: a1 5 and a3 3 ordinary hours: 8 / 2 = 4
    assertThat(result.byConsultant().get("anna")).isEqualTo(new Figures(4, 3, 2, 3, 2, 4.0, 1, 1));
    assertThat(result.byConsultant().get("bo")).isEqualTo(new Figures(2, 1, 2, 1, 1, 4.0, 0, 1));
  }

  @Test
  void theWeeklySeriesTakesEachWeeksLastDayAndTheDayItselfForItsOwnWeek() {
    assertThat(result.weekly()).containsExactly(
        // Sunday 22 March: n1 not started yet; a1 5, a3 3, b1 4
        new Week("2026-W12", LocalDate.of(2026, 3, 22), 4, 3, 12, 4.0),
        new Week("2026-W13", LocalDate.of(2026, 3, 29), 5, 4, 13, 3.25),
        new Week("2026-W14", DAY, 5, 4, 13, 3.25));
  }

  @Test
  void aDayBeforeTheRaiseShowsTheHoursInForceThen() {
    ProductionFigures.Result february = ProductionFigures.compute(groups, placements, ledgers, LocalDate.of(2026, 2, 15), 1);

    // a1 15 + 2, a3 12 + 3, a4 10 + 6, b1 8 + 4: 15 / 4 = 3.75
    assertThat(february.totals().inActivePlacement()).isEqualTo(4);
    assertThat(february.totals().withOrdinaryHours()).isEqualTo(4);
    assertThat(february.totals().averageOrdinaryHours()).isEqualTo(3.75);
    // a1 (12/31), a4 (10/31) overdue; a3 followed up 2/1 (due 3/3), b1 due 3/4
    assertThat(february.totals().followUpsOverdue()).isEqualTo(2);
    // a1 since 12/1 (13 weeks on 3/2: no), a4 since 10/1: yes
    assertThat(february.totals().placementsPast13Weeks()).isEqualTo(1);
  }
}

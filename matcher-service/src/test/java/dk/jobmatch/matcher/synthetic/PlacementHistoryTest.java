package dk.jobmatch.matcher.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.placement.HoursEntry;
import dk.jobmatch.matcher.placement.HoursLedger;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.placement.PlacementOutcome;
import dk.jobmatch.matcher.placement.PlacementStatus;
import dk.jobmatch.matcher.synthetic.PlacementHistory.Placed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A year of placements for København's synthetic citizens at the demo-sized labour market's companies. */
class PlacementHistoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final ZoneId ZONE = ZoneOffset.UTC;
  private static final Instant NOW = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
  private static final String KOBENHAVN = "101";
  private static final List<String> CONSULTANTS = List.of("anne", "bo", "camilla");

  private static List<Company> companies;
  private static List<Citizen> citizens;
  private static List<Placed> history;

  @BeforeAll
  static void aYearOfHistory() {
    SyntheticLabourMarket market = new SyntheticLabourMarket(SyntheticSize.DEMO, SyntheticLabourMarket.DEFAULT_SEED, TODAY, NOW);
    companies = market.companies().toList();
    citizens = kobenhavn(market);
    history = generate(citizens);
  }

  private static List<Citizen> kobenhavn(SyntheticLabourMarket market) {
    List<Citizen> theirs = market.citizens().filter(c -> c.jobCentre().equals(KOBENHAVN)).toList();
    return new PlacementHistory(7, TODAY, NOW, ZONE).inCaseloads(KOBENHAVN, theirs, CONSULTANTS, 0.9);
  }

  private static List<Placed> generate(List<Citizen> of) {
    return new PlacementHistory(7, TODAY, NOW, ZONE).of(KOBENHAVN, of, companies, "anne", Integer.MAX_VALUE);
  }

  @Test
  void isTheSameForTheSameSeedDayCitizensAndCompanies() {
    assertThat(generate(citizens)).isEqualTo(history);
  }

  @Test
  void putsMostCitizensInACaseloadAndEveryPlacementWithItsCitizensConsultant() {
    assertThat(citizens.stream().filter(c -> c.consultant() != null).count()).isGreaterThan(citizens.size() * 7L / 10);
    Map<String, Citizen> byId = citizens.stream().collect(Collectors.toMap(Citizen::id, c -> c));
    assertThat(history).allSatisfy(p -> {
      String consultant = byId.get(p.placement().citizenId()).consultant();
      assertThat(p.placement().consultant()).isEqualTo(consultant == null ? "anne" : consultant);
    });
  }

  @Test
  void holdsPlacementsInEveryStatusAndEndedOnesWithEveryOutcome() {
    assertThat(history.stream().map(p -> p.placement().status()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(PlacementStatus.values());
    assertThat(history.stream().map(p -> p.placement().outcome()).filter(o -> o != null).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(PlacementOutcome.values());
    assertThat(history).hasSizeGreaterThan(citizens.size());
  }

  @Test
  void spreadsOverTheYearUpToTodayAndNeverRecordsAfterNow() {
    assertThat(history.stream().map(p -> p.placement().createdAt()).min(Instant::compareTo).orElseThrow())
        .isBefore(TODAY.minusDays(300).atStartOfDay(ZONE).toInstant());
    assertThat(history).allSatisfy(p -> {
      Placement placement = p.placement();
      assertThat(placement.updatedAt()).isBeforeOrEqualTo(NOW);
      // A proposal's step is dated by its planned start; every other step by the day it took effect.
      assertThat(placement.history()).allSatisfy(change -> assertThat(change.at()).isBeforeOrEqualTo(NOW));
      assertThat(placement.history()).filteredOn(change -> change.status() != PlacementStatus.PROPOSED)
          .allSatisfy(change -> assertThat(change.date()).isBeforeOrEqualTo(TODAY));
      assertThat(placement.followUps()).allSatisfy(f -> {
        assertThat(f.date()).isAfterOrEqualTo(placement.activeFrom()).isBeforeOrEqualTo(TODAY);
        if (placement.endDate() != null) {
          assertThat(f.date()).isBeforeOrEqualTo(placement.endDate());
        }
      });
      for (HoursEntry e : p.ledger().entries()) {
        assertThat(e.effectiveFrom()).isAfterOrEqualTo(placement.activeFrom()).isBeforeOrEqualTo(TODAY);
        assertThat(e.recordedAt()).isBeforeOrEqualTo(NOW);
        if (placement.endDate() != null) {
          assertThat(e.effectiveFrom()).isBeforeOrEqualTo(placement.endDate());
        }
      }
    });
  }

  @Test
  void raisesOrdinaryHoursWeekByWeekInMostStartedPlacements() {
    List<Placed> started = history.stream().filter(p -> p.placement().activeFrom() != null).toList();
    long rising = started.stream().filter(p -> {
      HoursLedger ledger = p.ledger();
      LocalDate last = p.placement().endDate() == null ? TODAY : p.placement().endDate();
      return ledger.ordinaryHoursOn(last) > ledger.ordinaryHoursOn(p.placement().activeFrom());
    }).count();
    assertThat(rising).isGreaterThan(started.size() / 3);
    assertThat(started).allSatisfy(p -> assertThat(p.ledger().entries().getFirst().ordinaryHours()).isZero());
  }

  @Test
  void leavesSomeActivePlacementsWithTheirFollowUpOverdue() {
    List<Placement> active = history.stream().map(Placed::placement).filter(p -> p.status() == PlacementStatus.ACTIVE).toList();
    assertThat(active.stream().filter(p -> p.followUpOverdue(TODAY)).count()).isPositive().isLessThan(active.size());
    assertThat(active.stream().filter(p -> !p.followUps().isEmpty()).count()).isPositive();
  }

  @Test
  void neverHoldsMoreSeatsOfATaskThanItsCapacityOnAnyDay() {
    Map<String, Integer> capacity = new HashMap<>();
    companies.forEach(c -> c.partialTasks().forEach(t -> capacity.put(t.taskId(), t.capacity())));
    Set<PlacementStatus> seated = EnumSet.of(PlacementStatus.AGREED, PlacementStatus.ACTIVE, PlacementStatus.ENDED);
    Map<String, List<Placement>> byTask = new HashMap<>();
    history.stream().map(Placed::placement).filter(p -> seated.contains(p.status()))
        .forEach(p -> byTask.computeIfAbsent(p.taskIds().getFirst(), t -> new ArrayList<>()).add(p));
    for (LocalDate day = TODAY.minusDays(365); !day.isAfter(TODAY); day = day.plusDays(1)) {
      LocalDate on = day;
      byTask.forEach((task, placements) -> assertThat(placements.stream().filter(p -> holdsSeatOn(p, on)).count())
          .as("seats of task %s on %s", task, on).isLessThanOrEqualTo(capacity.get(task)));
    }
  }

  private static boolean holdsSeatOn(Placement p, LocalDate day) {
    LocalDate agreed = p.history().stream().filter(c -> c.status() == PlacementStatus.AGREED).findFirst().orElseThrow().date();
    return !agreed.isAfter(day) && (p.endDate() == null || !p.endDate().isBefore(day));
  }
}

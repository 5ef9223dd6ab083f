package dk.jobmatch.matcher.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.index.TimeSlot;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.company.Company.PartialTask;
import dk.jobmatch.matcher.reference.Cvr;
import dk.jobmatch.matcher.reference.Municipalities;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticLabourMarketTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final Instant NOW = Instant.parse("2026-01-15T08:00:00Z");
  /** Large enough for frequencies to settle within a percentage point or two. */
  private static final SyntheticSize SAMPLE = new SyntheticSize(15_000, 20_000);
  private static final SyntheticLabourMarket MARKET = market(SAMPLE, SyntheticLabourMarket.DEFAULT_SEED);
  private static final List<Company> COMPANIES = MARKET.companies().toList();
  private static final List<Citizen> CITIZENS = MARKET.citizens().toList();
  private static final Set<String> BACK_NEEDS =
      Set.of("NO_HEAVY_LIFTING", "LIMITED_STANDING", "NO_REPETITIVE_STRAIN", "LIMITED_SITTING", "LIMITED_WALKING");
  private static final Set<String> MENTAL_HEALTH_NEEDS = Set.of("FEW_PEOPLE", "LOW_TEMPO", "QUIET_ENVIRONMENT",
      "FIXED_CONTACT_PERSON", "CLEAR_STRUCTURE", "FREQUENT_BREAKS");

  private static SyntheticLabourMarket market(SyntheticSize size, long seed) {
    return new SyntheticLabourMarket(size, seed, AS_OF, NOW);
  }

  @Test
  void theSameSeedGivesTheSameRecords() {
    SyntheticLabourMarket again = market(SAMPLE, SyntheticLabourMarket.DEFAULT_SEED);
    assertThat(again.companies().limit(2_000).toList()).isEqualTo(COMPANIES.subList(0, 2_000));
    assertThat(again.citizens().limit(2_000).toList()).isEqualTo(CITIZENS.subList(0, 2_000));
  }

  @Test
  void anotherSeedGivesOtherRecords() {
    SyntheticLabourMarket other = market(SAMPLE, 7L);
    assertThat(other.company(500)).isNotEqualTo(COMPANIES.get(500));
    assertThat(other.citizen(500).id()).isNotEqualTo(CITIZENS.get(500).id());
  }

  @Test
  void aRecordDoesNotDependOnTheRecordsMadeBeforeIt() {
    assertThat(MARKET.company(12_345)).isEqualTo(COMPANIES.get(12_345));
    assertThat(MARKET.citizen(17_001)).isEqualTo(CITIZENS.get(17_001));
  }

  @Test
  void idsAreNameBasedUuidsOfSeedKindAndIndex() {
    UUID company = UUID.fromString(COMPANIES.get(42).id());
    assertThat(company.version()).isEqualTo(3);
    assertThat(company).isEqualTo(UUID.nameUUIDFromBytes((SyntheticLabourMarket.DEFAULT_SEED + ":company:42").getBytes()));
    assertThat(UUID.fromString(CITIZENS.get(7).id()))
        .isEqualTo(UUID.nameUUIDFromBytes((SyntheticLabourMarket.DEFAULT_SEED + ":citizen:7").getBytes()));
    assertThat(COMPANIES.stream().flatMap(c -> c.partialTasks().stream()).map(PartialTask::taskId).distinct().count())
        .isEqualTo(SAMPLE.tasks());
  }

  @Test
  void theDemoSizeHasFifteenHundredCompaniesFiveThousandTasksThreeHundredCitizensInEveryMunicipality() {
    SyntheticLabourMarket demo = market(SyntheticSize.DEMO, SyntheticLabourMarket.DEFAULT_SEED);
    List<Company> companies = demo.companies().toList();
    assertThat(companies).hasSize(1_500);
    assertThat(companies.stream().mapToInt(c -> c.partialTasks().size()).sum()).isEqualTo(5_000);
    assertThat(demo.citizens().count()).isEqualTo(300);
    assertThat(companies.stream().map(Company::municipalityCode).distinct().count())
        .isEqualTo(Municipalities.bundled().all().size()).isEqualTo(98);
  }

  @Test
  void theBenchSizeHasExactlyAMillionTasksOverThreeHundredThousandCompanies() {
    assertThat(SyntheticSize.BENCH.tasks()).isEqualTo(1_000_000);
    // Streamed and counted, never held: the benchmark consumes it the same way.
    AtomicLong companies = new AtomicLong();
    long tasks = market(SyntheticSize.BENCH, SyntheticLabourMarket.DEFAULT_SEED).companies()
        .mapToLong(c -> {
          companies.incrementAndGet();
          return c.partialTasks().size();
        })
        .sum();
    assertThat(companies.get()).isEqualTo(300_000);
    assertThat(tasks).isEqualTo(1_000_000);
    assertThat(SyntheticSize.BENCH.citizens()).isEqualTo(100_000);
  }

  @Test
  void companiesAreWeightedByPopulationAndStayNearTheirTown() {
    double kobenhavn = share(COMPANIES, c -> c.municipalityCode().equals("101"));
    assertThat(kobenhavn).isCloseTo(660.0 / totalPopulation(), within(0.01));
    for (Company c : COMPANIES.subList(0, 2_000)) {
      GeoPoint centre = Municipalities.bundled().find(c.municipalityCode()).orElseThrow().centre();
      assertThat(centre.distanceKm(new GeoPoint(c.location().lat(), c.location().lon()))).isLessThan(20);
    }
  }

  @Test
  void cvrNumbersPassTheModulusElevenCheckAndAreUnique() {
    Set<String> seen = new HashSet<>();
    for (Company c : COMPANIES) {
      assertThat(Cvr.isValid(c.cvr())).as(c.cvr()).isTrue();
      assertThat(seen.add(c.cvr())).as("unique %s", c.cvr()).isTrue();
    }
  }

  @Test
  void tasksCarryTheirOccupationsTypicalDemandsHoursSlotsAndCapacity() {
    Catalogue catalogue = Catalogue.bundled();
    List<PartialTask> tasks = COMPANIES.stream().flatMap(c -> c.partialTasks().stream()).toList();
    assertThat(tasks).allSatisfy(t -> {
      assertThat(t.demands()).containsAll(catalogue.occupation(t.occupationCode()).typicalDemands());
      assertThat(t.weeklyHoursMin()).isBetween(2, 10);
      assertThat(t.weeklyHoursMax()).isBetween(t.weeklyHoursMin(), 30);
      assertThat(t.capacity()).isBetween(1, 3);
      assertThat(t.schedule()).hasSizeBetween(1, 3);
      assertThat(t.schedule()).allSatisfy(s -> {
        assertThat(s.day()).isIn("MON", "TUE", "WED", "THU", "FRI");
        assertThat(s.from()).matches("\\d\\d:\\d\\d").isLessThan(s.to());
      });
    });
    assertThat(tasks.stream().map(PartialTask::occupationCode).distinct().count()).isEqualTo(catalogue.occupations.size());
    assertThat(share(tasks, PartialTask::eligibleForPaidHours)).isCloseTo(0.40, within(0.02));
    assertThat(share(tasks, t -> t.demands().size() > catalogue.occupation(t.occupationCode()).typicalDemands().size()))
        .isBetween(0.10, 0.22);
  }

  @Test
  void someTasksOfACompanyCanBeCombinedAndSomeOverlap() {
    long combinable = 0;
    long overlapping = 0;
    for (Company c : COMPANIES) {
      List<PartialTask> tasks = c.partialTasks();
      for (int i = 0; i < tasks.size(); i++) {
        for (int j = i + 1; j < tasks.size(); j++) {
          if (overlap(tasks.get(i), tasks.get(j))) {
            overlapping++;
          } else {
            combinable++;
          }
        }
      }
    }
    assertThat(combinable).isGreaterThan(1_000);
    assertThat(overlapping).isGreaterThan(1_000);
  }

  @Test
  void companiesOfferOrdinaryHoursAndTakePlacementsInTheExpectedProportions() {
    assertThat(share(COMPANIES, c -> c.openToOrdinaryHours().equals("YES"))).isCloseTo(0.35, within(0.02));
    assertThat(share(COMPANIES, c -> c.openToOrdinaryHours().equals("UNKNOWN"))).isCloseTo(0.45, within(0.02));
    assertThat(share(COMPANIES, c -> c.openToOrdinaryHours().equals("NO"))).isCloseTo(0.20, within(0.02));
    assertThat(share(COMPANIES, c -> c.availability() != null && c.availability().pausedUntil() != null))
        .isCloseTo(0.04, within(0.01));
    assertThat(share(COMPANIES, c -> c.availability() != null && c.availability().nextAvailableDate() != null))
        .isCloseTo(0.03, within(0.01));
    assertThat(share(COMPANIES, c -> c.availability() != null && c.availability().maxNewPlacementsPerMonth() != null))
        .isCloseTo(0.10, within(0.015));
    assertThat(COMPANIES).allSatisfy(c -> {
      if (c.availability() != null && c.availability().pausedUntil() != null) {
        assertThat(c.availability().pausedUntil()).isAfter(AS_OF);
      }
      if (c.availability() != null && c.availability().maxNewPlacementsPerMonth() != null) {
        assertThat(c.availability().maxNewPlacementsPerMonth()).isBetween(1, 3);
      }
    });
  }

  @Test
  void mostCitizensCanWorkFewHoursAndAimHigherOrTheSame() {
    assertThat(share(CITIZENS, c -> c.hoursCapacity().now() <= 5)).isCloseTo(0.35, within(0.02));
    assertThat(share(CITIZENS, c -> c.hoursCapacity().now() <= 10)).isCloseTo(0.65, within(0.02));
    assertThat(share(CITIZENS, c -> c.hoursCapacity().now() > 25)).isCloseTo(0.05, within(0.01));
    assertThat(CITIZENS).allSatisfy(c -> {
      assertThat(c.hoursCapacity().now()).isBetween(2, 37);
      assertThat(c.hoursCapacity().target()).isBetween(c.hoursCapacity().now(), 37);
    });
  }

  @Test
  void backAndMentalHealthNeedsAreCommonAndHalfAreMust() {
    assertThat(share(CITIZENS, c -> c.accommodationNeeds().stream().anyMatch(n -> BACK_NEEDS.contains(n.code()))))
        .isGreaterThan(0.35);
    assertThat(share(CITIZENS, c -> c.accommodationNeeds().stream().anyMatch(n -> MENTAL_HEALTH_NEEDS.contains(n.code()))))
        .isGreaterThan(0.40);
    List<Citizen.AccommodationNeed> needs = CITIZENS.stream().flatMap(c -> c.accommodationNeeds().stream()).toList();
    assertThat(share(needs, n -> n.strictness().equals("MUST"))).isCloseTo(0.5, within(0.02));
    assertThat(CITIZENS).allSatisfy(c ->
        assertThat(c.accommodationNeeds().stream().map(Citizen.AccommodationNeed::code).distinct().count())
            .isEqualTo(c.accommodationNeeds().size()));
  }

  @Test
  void citizensHaveRankedGoalsSkillsAndShortCommutes() {
    assertThat(CITIZENS).allSatisfy(c -> {
      assertThat(c.jobGoals()).hasSizeBetween(1, 3);
      assertThat(c.cv().skills()).hasSizeBetween(2, 6);
      assertThat(c.cv().experience()).hasSizeLessThanOrEqualTo(3);
      assertThat(c.home().maxCommuteKm()).isBetween(3, 40);
      assertThat(Municipalities.bundled().contains(c.jobCentre())).as(c.jobCentre()).isTrue();
    });
    List<Citizen.JobGoal> goals = CITIZENS.stream().flatMap(c -> c.jobGoals().stream()).toList();
    assertThat(share(goals, g -> g.occupationCode() == null)).isCloseTo(0.15, within(0.02));
    assertThat(share(CITIZENS, c -> c.cv().drivingLicence())).isCloseTo(0.45, within(0.02));
    assertThat(share(CITIZENS, c -> !c.developmentGoals().isEmpty())).isCloseTo(0.30, within(0.02));
    assertThat(share(CITIZENS, c -> !c.excludedCompanies().isEmpty())).isBetween(0.01, 0.03);
    int[] commutes = CITIZENS.stream().mapToInt(c -> c.home().maxCommuteKm()).sorted().toArray();
    assertThat(commutes[commutes.length / 2]).isBetween(11, 13);
    Set<String> taskWords = new HashSet<>(Catalogue.bundled().taskSkills);
    List<String> skills = CITIZENS.stream().flatMap(c -> c.cv().skills().stream()).toList();
    assertThat(share(skills, taskWords::contains)).isBetween(0.70, 0.95);
  }

  private static boolean overlap(PartialTask a, PartialTask b) {
    for (Company.TimeSlot x : a.schedule()) {
      for (Company.TimeSlot y : b.schedule()) {
        if (slot(x).overlaps(slot(y))) {
          return true;
        }
      }
    }
    return false;
  }

  private static TimeSlot slot(Company.TimeSlot s) {
    DayOfWeek day = DayOfWeek.values()[List.of("MON", "TUE", "WED", "THU", "FRI").indexOf(s.day())];
    return new TimeSlot(day, LocalTime.parse(s.from()), LocalTime.parse(s.to()));
  }

  private static double totalPopulation() {
    return Municipalities.bundled().all().stream().mapToInt(Municipalities.Municipality::populationThousands).sum();
  }

  private static <T> double share(List<T> items, Predicate<T> test) {
    return IntStream.range(0, items.size()).filter(i -> test.test(items.get(i))).count() / (double) items.size();
  }
}

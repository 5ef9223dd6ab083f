package dk.jobmatch.matcher.synthetic;

import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.index.vocabulary.NeedVerdict;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.company.Company.PartialTask;
import dk.jobmatch.matcher.placement.FollowUp;
import dk.jobmatch.matcher.placement.HoursEntry;
import dk.jobmatch.matcher.placement.HoursLedger;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.placement.PlacementOutcome;
import dk.jobmatch.matcher.placement.WorkAgreement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * About a year of placements for the citizens of one job centre, each moved through the placement's
 * own transitions as the API moves them (proposed, work agreement, agreed, started, hours recorded,
 * followed up, ended or withdrawn), so every record is one the service could have written. Dated
 * relative to {@code today}; deterministic: the same seed, day, citizens and companies give the same
 * placements. Used by the demo data and by the figures benchmark. One instance makes one data set:
 * it remembers the seats and monthly starts taken, so job centres made one after the other share
 * their companies' seats as placements through the API would.
 *
 * <p>Every citizen has a timeline: placements one after the other, with a gap between, the last one
 * in whatever state it is in today. The first citizens of a job centre are given the states a
 * consultant's day needs ({@link #STORY}: a fresh proposal, one agreed to start soon, one with its
 * follow-up overdue, one withdrawn); the first placements that end take each outcome once.
 *
 * <p>The rules the API checks around a transition hold too: a task is given to a citizen only when
 * it is within the citizen's commute radius, asks no more weekly hours than the citizen can work
 * now and breaks no MUST need; a seat is taken only while the task has one free (its capacity
 * against the agreed and active placements on the same days); a company takes no more new
 * placements a month than its limit, none while paused; dates are never in the future, hours and
 * follow-ups lie within the placement. In a working week, ordinary hours replace internship hours
 * step by step in most placements.
 */
public final class PlacementHistory {
  private static final String KIND = "placement-history";
  private static final List<Integer> CADENCES = List.of(14, 14, 21, 30, 30);
  private static final List<PlacementOutcome> EVERY_OUTCOME = List.of(PlacementOutcome.ORDINARY_JOB,
      PlacementOutcome.ENDED_WITHOUT_JOB, PlacementOutcome.FLEX_JOB, PlacementOutcome.EDUCATION,
      PlacementOutcome.WAGE_SUBSIDY);
  private static final List<String> WITHDRAWAL_REASONS = List.of("Virksomheden havde alligevel ikke plads",
      "Borgeren takkede nej efter besøget", "Borgeren blev syg før opstart", "Opgaven passede ikke til borgerens skånehensyn");
  private static final List<String> ENDED_WITHOUT_JOB_REASONS = List.of("Borgeren blev syg", "Opgaverne blev for hårde",
      "Virksomheden lukkede afdelingen", "Borgeren flyttede");
  private static final List<String> FOLLOW_UP_NOTES = List.of("Trives og møder stabilt", "Vil gerne prøve flere opgaver",
      "Aftalt at hæve timerne lidt", "Træt efter lange dage; timerne holdes", "Virksomheden er godt tilfreds",
      "Aftalt fast pause midt på dagen");

  /**
   * What the first citizens of a job centre are doing today, in this order, one for every
   * {@value #CITIZENS_PER_STORY_STATE} citizens it has (a small job centre draws them all); the
   * others draw theirs.
   */
  private static final List<Today> STORY = List.of(Today.FOLLOW_UP_OVERDUE, Today.PROPOSED, Today.AGREED,
      Today.WITHDRAWN, Today.ACTIVE, Today.PROPOSED, Today.FOLLOW_UP_OVERDUE);
  private static final int CITIZENS_PER_STORY_STATE = 4;
  private static final Weighted<Today> LATER = Weighted.<Today>builder().add(Today.ACTIVE, 50)
      .add(Today.FOLLOW_UP_OVERDUE, 10).add(Today.BETWEEN, 18).add(Today.PROPOSED, 9).add(Today.AGREED, 7)
      .add(Today.WITHDRAWN, 6).build();

  /** A placement and the hours entries recorded after its start (its ledger without the start entry). */
  public record Placed(Placement placement, List<HoursEntry> recorded) {
    public Placed {
      recorded = List.copyOf(recorded);
    }

    public HoursLedger ledger() {
      return placement.ledger(recorded);
    }
  }

  /** Where a citizen's timeline is today. */
  private enum Today { PROPOSED, AGREED, ACTIVE, FOLLOW_UP_OVERDUE, WITHDRAWN, BETWEEN }

  private final Seeds seeds;
  private final LocalDate today;
  private final Instant now;
  private final ZoneId zone;
  private final Vocabulary vocabulary = Vocabulary.bundled();
  /** The days each task's seats are held, from the agreement to the end (null: open), over every job centre made so far. */
  private final Map<String, List<LocalDate[]>> seats = new HashMap<>();
  private final Map<String, Map<YearMonth, Integer>> startsByCompany = new HashMap<>();
  /** Whether a MUST need ({@code code/taskId}) is broken by a task: many citizens share a need. */
  private final Map<String, Boolean> violated = new HashMap<>();
  private List<Company> sitesOf;
  private List<Site> sites;

  /** {@code now} is today's instant in {@code zone}: nothing is recorded after it. */
  public PlacementHistory(long seed, LocalDate today, Instant now, ZoneId zone) {
    this.seeds = new Seeds(seed);
    this.today = today;
    this.now = now;
    this.zone = zone;
  }

  /**
   * Placements for {@code citizens} (all of {@code jobCentre}) at the tasks of {@code companies}, at
   * most {@code wanted}: timelines are made citizen by citizen, in the order given, until there are
   * that many. A citizen no task fits gets none. Placements are recorded by the citizen's consultant,
   * or by {@code fallbackConsultant} for a citizen in nobody's caseload.
   */
  public List<Placed> of(String jobCentre, List<Citizen> citizens, List<Company> companies, String fallbackConsultant,
      int wanted) {
    Run run = new Run(jobCentre, companies, fallbackConsultant,
        Math.min(STORY.size(), citizens.size() / CITIZENS_PER_STORY_STATE));
    for (int i = 0; i < citizens.size() && run.placed.size() < wanted; i++) {
      run.timeline(citizens.get(i), seeds.random(KIND + ":" + jobCentre, i));
    }
    return run.placed.size() > wanted ? List.copyOf(run.placed.subList(0, wanted)) : List.copyOf(run.placed);
  }

  /**
   * {@code citizens} with each in a caseload: about {@code share} of them get one of {@code consultants}
   * (seeded by their place in the list), the others none.
   */
  public List<Citizen> inCaseloads(String jobCentre, List<Citizen> citizens, List<String> consultants, double share) {
    List<Citizen> assigned = new ArrayList<>(citizens.size());
    for (int i = 0; i < citizens.size(); i++) {
      SplittableRandom random = seeds.random("caseload:" + jobCentre, i);
      Citizen c = citizens.get(i);
      String consultant = random.nextDouble() < share ? consultants.get(random.nextInt(consultants.size())) : null;
      assigned.add(new Citizen(c.id(), c.version(), c.jobCentre(), c.cv(), c.jobGoals(), c.developmentGoals(),
          c.hoursCapacity(), c.accommodationNeeds(), c.home(), c.excludedCompanies(), c.createdAt(), c.updatedAt(),
          consultant, c.wishes()));
    }
    return assigned;
  }

  /** One job centre's placements in the making, with the seats and monthly starts they take. */
  private final class Run {
    private final String jobCentre;
    private final List<Company> companies;
    private final String fallbackConsultant;
    private final List<Placed> placed = new ArrayList<>();
    private final int story;
    private int storyTold;
    /** The citizen's placements so far. */
    private int ordinal;
    private int ended;

    Run(String jobCentre, List<Company> companies, String fallbackConsultant, int story) {
      this.story = story;
      this.jobCentre = jobCentre;
      this.companies = companies;
      this.fallbackConsultant = fallbackConsultant;
    }

    void timeline(Citizen citizen, SplittableRandom random) {
      ordinal = 0;
      Openings openings = openingsFor(citizen);
      if (openings.isEmpty()) {
        return;
      }
      Today state = storyTold < story ? STORY.get(storyTold++) : LATER.pick(random);
      String by = citizen.consultant() != null ? citizen.consultant() : fallbackConsultant;
      // When the placement the citizen is in today was proposed; the past fills the year before it.
      LocalDate current = switch (state) {
        case PROPOSED -> today.minusDays(random.nextInt(10));
        case AGREED -> today.minusDays(8 + random.nextInt(10));
        case ACTIVE -> today.minusWeeks(2 + random.nextInt(25)).minusDays(14);
        case FOLLOW_UP_OVERDUE -> today.minusWeeks(7 + random.nextInt(14)).minusDays(14);
        case WITHDRAWN -> today.minusDays(15 + random.nextInt(30));
        case BETWEEN -> today.minusDays(5 + random.nextInt(35));
      };
      LocalDate cursor = today.minusDays(365 - random.nextInt(45));
      while (!cursor.plusWeeks(10).isAfter(current)) {
        cursor = past(citizen, openings, by, cursor, current.minusDays(7), random).plusDays(7 + random.nextInt(35));
      }
      if (state != Today.BETWEEN) {
        present(citizen, openings, by, state, current, random);
      }
    }

    /** One placement over by {@code limit}: withdrawn, ended before its start, or ended after weeks at the company. Returns its last day. */
    private LocalDate past(Citizen citizen, Openings openings, String by, LocalDate proposed, LocalDate limit,
        SplittableRandom random) {
      double roll = random.nextDouble();
      if (roll < 0.10) {
        LocalDate withdrawn = proposed.plusDays(3 + random.nextInt(8));
        Opening at = openings.any(random);
        placed.add(new Placed(proposal(citizen, at, by, proposed, random)
            .withdraw(pick(WITHDRAWAL_REASONS, random), withdrawn, by, at(withdrawn, random)), List.of()));
        return withdrawn;
      }
      LocalDate agreed = proposed.plusDays(3 + random.nextInt(6));
      LocalDate start = agreed.plusDays(5 + random.nextInt(8));
      LocalDate end = start.plusWeeks(6 + random.nextInt(25));
      if (end.isAfter(limit)) {
        end = limit;
      }
      if (!end.isAfter(start.plusWeeks(3))) {
        return limit; // not enough time left for a placement before the current one
      }
      Optional<Opening> free = free(openings, agreed, end, start, random);
      if (free.isEmpty()) {
        return proposed.plusDays(30);
      }
      Placement p = agreed(citizen, free.get(), by, proposed, agreed, start, end, random);
      if (roll < 0.14) {
        LocalDate off = agreed.plusDays(1 + random.nextInt(4));
        placed.add(new Placed(p.end(off, PlacementOutcome.ENDED_WITHOUT_JOB, "Borgeren blev syg før opstart",
            p.ledger(List.of()), by, at(off, random)), List.of()));
        return off;
      }
      Active active = active(p, citizen, free.get(), by, start, end, false, random);
      PlacementOutcome outcome = outcome(active.ledger(), end, random);
      String reason = outcome == PlacementOutcome.ENDED_WITHOUT_JOB ? pick(ENDED_WITHOUT_JOB_REASONS, random) : null;
      placed.add(new Placed(active.placement().end(end, outcome, reason, active.ledger(), by, at(end, random)),
          active.recorded()));
      return end;
    }

    /** The placement the citizen is in today, proposed on {@code proposed}. */
    private void present(Citizen citizen, Openings openings, String by, Today state, LocalDate proposed,
        SplittableRandom random) {
      if (state == Today.PROPOSED || state == Today.WITHDRAWN) {
        Opening at = openings.any(random);
        Placement p = proposal(citizen, at, by, proposed, random);
        if (state == Today.WITHDRAWN) {
          LocalDate withdrawn = proposed.plusDays(3 + random.nextInt(8));
          p = p.withdraw(pick(WITHDRAWAL_REASONS, random), withdrawn, by, at(withdrawn, random));
        }
        placed.add(new Placed(p, List.of()));
        return;
      }
      LocalDate agreed = proposed.plusDays(3 + random.nextInt(5));
      LocalDate start = state == Today.AGREED ? today.plusDays(3 + random.nextInt(12)) : proposed.plusDays(14);
      Optional<Opening> free = free(openings, agreed, null, start, random);
      if (free.isEmpty()) {
        return;
      }
      Placement p = agreed(citizen, free.get(), by, proposed, agreed, start, null, random);
      if (state == Today.AGREED) {
        placed.add(new Placed(p, List.of()));
        return;
      }
      boolean overdue = state == Today.FOLLOW_UP_OVERDUE || random.nextDouble() < 0.15;
      Active active = active(p, citizen, free.get(), by, start, today, overdue, random);
      placed.add(new Placed(active.placement(), active.recorded()));
    }

    private Placement proposal(Citizen citizen, Opening at, String by, LocalDate proposed, SplittableRandom random) {
      LocalDate planned = proposed.plusDays(10 + random.nextInt(12));
      // By the citizen and the place in the timeline, not by date: the same ids whatever day the demo is made.
      String id = id("placement", citizen.id() + ":" + ordinal++);
      return Placement.proposed(id, jobCentre, citizen.id(), at.company().id(), List.of(at.task().taskId()), by, null,
          planned, null, List.of(), by, at(proposed, random));
    }

    /** Proposed, given its work agreement, and agreed to start on {@code start}; holds its seat from {@code agreed} to {@code end}. */
    private Placement agreed(Citizen citizen, Opening at, String by, LocalDate proposed, LocalDate agreed,
        LocalDate start, LocalDate end, SplittableRandom random) {
      PartialTask task = at.task();
      int internship = Math.max(task.weeklyHoursMin(), Math.min(task.weeklyHoursMax(), citizen.hoursCapacity().now()));
      int cadence = CADENCES.get(random.nextInt(CADENCES.size()));
      List<String> days = task.schedule().isEmpty() ? List.of("TUE", "THU")
          : task.schedule().stream().map(Company.TimeSlot::day).distinct().toList();
      Company.ContactPerson person = at.company().contactPersons().isEmpty() ? null
          : at.company().contactPersons().getFirst();
      WorkAgreement agreement = new WorkAgreement(List.of(task.taskId()), internship, 0, days, start.plusWeeks(8),
          cadence, person == null ? null
              : new WorkAgreement.ContactPerson(person.name(), person.role(), person.email(), person.phone()),
          agreed, null);
      Instant when = at(agreed, random);
      seats.computeIfAbsent(task.taskId(), t -> new ArrayList<>()).add(new LocalDate[] {agreed, end});
      startsByCompany.computeIfAbsent(at.company().id(), c -> new HashMap<>()).merge(YearMonth.from(start), 1, Integer::sum);
      return proposal(citizen, at, by, proposed, random).withWorkAgreement(agreement, when).agree(start, agreed, by, when);
    }

    /**
     * Started on {@code start}, hours recorded week by week to {@code last} (today, or its last day),
     * followed up at the work agreement's cadence; with {@code overdue} the latest follow-ups were
     * missed, so one is overdue today.
     */
    private Active active(Placement agreed, Citizen citizen, Opening at, String by, LocalDate start, LocalDate last,
        boolean overdue, SplittableRandom random) {
      Placement p = agreed.start(start, id("hours", agreed.id() + "/1"), by, at(start, random));
      List<HoursEntry> recorded = new ArrayList<>();
      HoursLedger ledger = p.ledger(recorded);
      int internship = p.workAgreement().weeklyInternshipHours();
      int ordinary = 0;
      int most = Math.min(37, Math.max(citizen.hoursCapacity().target(), internship));
      boolean rising = at.task().eligibleForPaidHours() ? random.nextDouble() < 0.75 : random.nextDouble() < 0.25;
      for (LocalDate week = start.plusWeeks(2); !week.isAfter(last); week = week.plusWeeks(1)) {
        int nextInternship = internship;
        int nextOrdinary = ordinary;
        if (rising && random.nextDouble() < 0.7) {
          int moved = Math.min(nextInternship, 1 + (random.nextDouble() < 0.3 ? 1 : 0));
          nextInternship -= moved;
          nextOrdinary += moved;
          if (nextInternship + nextOrdinary < most && random.nextDouble() < 0.35) {
            nextOrdinary++;
          }
        } else if (!rising && random.nextDouble() < 0.25 && nextInternship < most) {
          nextInternship++;
        }
        if (nextInternship == internship && nextOrdinary == ordinary) {
          continue;
        }
        HoursEntry entry = entry(p, ledger, week, nextInternship, nextOrdinary, null, null, by, random);
        ledger = p.recordHours(ledger, entry);
        recorded.add(entry);
        if (nextOrdinary > 0 && random.nextDouble() < 0.04) {
          // One hour too many was typed; the correction names the entry and takes its place from the same day.
          HoursEntry correction = entry(p, ledger, week, nextInternship + 1, nextOrdinary - 1, entry.id(),
              "Rettet: en ordinær time for meget", by, random);
          ledger = p.recordHours(ledger, correction);
          recorded.add(correction);
          nextInternship++;
          nextOrdinary--;
        }
        internship = nextInternship;
        ordinary = nextOrdinary;
      }
      int cadence = p.workAgreement().followUpEveryDays();
      // Missed lately: nothing in the last cadence and a week, so the next one was due before today.
      LocalDate lastFollowUp = overdue ? last.minusDays(cadence + 7) : last;
      int raisedSoFar = 0;
      for (LocalDate day = start.plusDays(cadence - 3 + random.nextInt(4)); !day.isAfter(lastFollowUp);
           day = day.plusDays(cadence - 3 + random.nextInt(4))) {
        if (random.nextDouble() < 0.08) {
          continue;
        }
        int ordinaryThen = ledger.ordinaryHoursOn(day);
        Instant when = at(day, random);
        p = p.withFollowUp(new FollowUp(id("follow-up", p.id() + "/" + day), day,
            List.of("CITIZEN", "CONSULTANT", "CONTACT_PERSON"), pick(FOLLOW_UP_NOTES, random), ordinaryThen > raisedSoFar,
            by, when), when);
        raisedSoFar = ordinaryThen;
      }
      return new Active(p, recorded, ledger);
    }

    /** How a placement ended: with ordinary hours mostly a job, without mostly none; the first ones take every outcome once. */
    private PlacementOutcome outcome(HoursLedger ledger, LocalDate end, SplittableRandom random) {
      if (ended < EVERY_OUTCOME.size()) {
        return EVERY_OUTCOME.get(ended++);
      }
      ended++;
      int ordinary = ledger.ordinaryHoursOn(end);
      double roll = random.nextDouble();
      if (ordinary >= 8) {
        return roll < 0.6 ? PlacementOutcome.ORDINARY_JOB : roll < 0.85 ? PlacementOutcome.FLEX_JOB : PlacementOutcome.WAGE_SUBSIDY;
      }
      if (ordinary > 0) {
        return roll < 0.4 ? PlacementOutcome.WAGE_SUBSIDY : roll < 0.7 ? PlacementOutcome.FLEX_JOB
            : PlacementOutcome.ENDED_WITHOUT_JOB;
      }
      return roll < 0.75 ? PlacementOutcome.ENDED_WITHOUT_JOB : PlacementOutcome.EDUCATION;
    }

    /** A task of the citizen's that has a free seat from {@code from} to {@code to} (open: null), at a company under its monthly limit. */
    private Optional<Opening> free(Openings openings, LocalDate from, LocalDate to, LocalDate start,
        SplittableRandom random) {
      for (List<Opening> some : List.of(openings.known(), openings.other())) {
        int offset = some.isEmpty() ? 0 : random.nextInt(some.size());
        for (int k = 0; k < some.size(); k++) {
          Opening o = some.get((offset + k) % some.size());
          if (hasSeat(o.task(), from, to) && takesNew(o.company(), from, start)) {
            return Optional.of(o);
          }
        }
      }
      return Optional.empty();
    }

    private boolean hasSeat(PartialTask task, LocalDate from, LocalDate to) {
      int held = 0;
      for (LocalDate[] seat : seats.getOrDefault(task.taskId(), List.of())) {
        boolean overlaps = (seat[1] == null || !seat[1].isBefore(from)) && (to == null || !seat[0].isAfter(to));
        if (overlaps) {
          held++;
        }
      }
      return held < task.capacity();
    }

    private boolean takesNew(Company company, LocalDate agreed, LocalDate start) {
      Company.Availability a = company.availability();
      if (a == null) {
        return true;
      }
      if (a.pausedUntil() != null && a.pausedUntil().isAfter(agreed)
          || a.nextAvailableDate() != null && a.nextAvailableDate().isAfter(agreed)) {
        return false;
      }
      return a.maxNewPlacementsPerMonth() == null || startsByCompany.getOrDefault(company.id(), Map.of())
          .getOrDefault(YearMonth.from(start), 0) < a.maxNewPlacementsPerMonth();
    }

    /**
     * The tasks a consultant could place the citizen at: within the commute radius, no more minimum
     * hours than the citizen has now, no MUST need broken, not at an excluded company; those in the
     * citizen's goal or experience occupations when there are any.
     */
    private Openings openingsFor(Citizen citizen) {
      GeoPoint home = new GeoPoint(citizen.home().lat(), citizen.home().lon());
      double radius = citizen.home().maxCommuteKm();
      Set<String> excluded = new HashSet<>();
      citizen.excludedCompanies().forEach(e -> excluded.add(e.companyId()));
      Set<String> occupations = new LinkedHashSet<>();
      citizen.jobGoals().forEach(g -> occupations.add(g.occupationCode()));
      citizen.cv().experience().forEach(e -> occupations.add(e.occupationCode()));
      List<Opening> known = new ArrayList<>();
      List<Opening> other = new ArrayList<>();
      for (Site site : sites(companies)) {
        // A degree of latitude is 111 km everywhere: most companies are ruled out before the haversine.
        if (Math.abs(site.at().lat() - home.lat()) * 111 > radius || excluded.contains(site.company().id())
            || site.company().deactivated() || home.distanceKm(site.at()) > radius) {
          continue;
        }
        for (PartialTask task : site.company().partialTasks()) {
          if (task.weeklyHoursMin() <= citizen.hoursCapacity().now() && meetsMustNeeds(citizen, site, task)) {
            (occupations.contains(task.occupationCode()) ? known : other).add(new Opening(site.company(), task));
          }
        }
      }
      return new Openings(known, other);
    }

    private boolean meetsMustNeeds(Citizen citizen, Site site, PartialTask task) {
      for (Citizen.AccommodationNeed need : citizen.accommodationNeeds()) {
        if ("MUST".equals(need.strictness()) && violated.computeIfAbsent(need.code() + "/" + task.taskId(),
            key -> vocabulary.need(need.code()).map(rule -> NeedVerdict.judge(rule, task.demands(),
                site.offered(task)).violated()).orElse(false))) {
          return false;
        }
      }
      return true;
    }
  }

  /** The companies with where they are, made once for the list every job centre's run is given. */
  private List<Site> sites(List<Company> companies) {
    if (companies != sitesOf) {
      sitesOf = companies;
      sites = companies.stream().map(c -> new Site(c, new GeoPoint(c.location().lat(), c.location().lon()))).toList();
    }
    return sites;
  }

  /** A company and where it is. */
  private record Site(Company company, GeoPoint at) {
    /** What the task and its company offer. */
    Set<String> offered(PartialTask task) {
      Set<String> offered = new HashSet<>(task.accommodationsOffered());
      offered.addAll(company.accommodationsOffered());
      return offered;
    }
  }

  /** A task at its company. */
  private record Opening(Company company, PartialTask task) {}

  /** The tasks a citizen could be placed at: in the occupations of their goals or experience, and the others. */
  private record Openings(List<Opening> known, List<Opening> other) {
    boolean isEmpty() {
      return known.isEmpty() && other.isEmpty();
    }

    /** One to propose, seats aside: a known occupation when there is one. */
    Opening any(SplittableRandom random) {
      List<Opening> from = known.isEmpty() ? other : known;
      return from.get(random.nextInt(from.size()));
    }
  }

  /** A started placement with the hours recorded since its start and its ledger. */
  private record Active(Placement placement, List<HoursEntry> recorded, HoursLedger ledger) {}

  private HoursEntry entry(Placement p, HoursLedger ledger, LocalDate from, int internship, int ordinary,
      String corrects, String note, String by, SplittableRandom random) {
    int sequence = ledger.nextSequence();
    return new HoursEntry(id("hours", p.id() + "/" + sequence), sequence, from, internship, ordinary, 0, corrects, note, null,
        by, at(from, random));
  }

  /** A time on {@code day} in working hours, never after now. */
  private Instant at(LocalDate day, SplittableRandom random) {
    Instant at = day.atTime(8 + random.nextInt(7), random.nextInt(60)).atZone(zone).toInstant();
    return at.isAfter(now) ? now : at;
  }

  private String id(String kind, String key) {
    return UUID.nameUUIDFromBytes((seeds.seed() + ":" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static <T> T pick(List<T> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }
}

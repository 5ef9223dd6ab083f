package dk.jobmatch.matcher.demo;

import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.contact.ContactImport;
import dk.jobmatch.matcher.reference.Municipalities;
import dk.jobmatch.matcher.reference.Municipalities.Municipality;
import dk.jobmatch.matcher.synthetic.ContactHistory;
import dk.jobmatch.matcher.synthetic.PlacementHistory;
import dk.jobmatch.matcher.synthetic.SyntheticLabourMarket;
import dk.jobmatch.matcher.synthetic.SyntheticSize;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The clearly labelled demo data set: the synthetic labour market's DEMO size (companies in all 98
 * municipalities, their partial tasks, citizens of the job centres), every company name starting
 * with {@value #LABEL}, and about a year of history for every job centre (its citizens in the
 * caseloads of its demo consultants, placements in every state with their hours and follow-ups,
 * contacts with companies). Seeded, so the same ids, the same history (relative to today) and the
 * same ranking come out on every machine. A few citizens are written by hand: the README's tour
 * citizen, under a fixed id and with no history, and {@link #NO_MATCH_CITIZEN_IDS}, for whom no
 * company has an acceptable task.
 */
public final class DemoData {
  public static final String LABEL = "[DEMO] ";
  /** The README's demo citizen 1 of København's job centre (101): job goal A butiksassistent, no heavy lifting (MUST). */
  public static final String TOUR_CITIZEN_ID = nameUuid("demo-citizen-1");
  /**
   * København citizens no demo company has an acceptable task for: one can work 1 hour a week now
   * (below every task's minimum), one has MUST needs that no company near home meets.
   */
  public static final List<String> NO_MATCH_CITIZEN_IDS = List.of(nameUuid("demo-citizen-no-match-hours"),
      nameUuid("demo-citizen-no-match-needs"));
  /**
   * The demo consultants of every job centre, in two teams; the page's development sign-in offers
   * Anne, Bo and Camilla, and the tour citizen is in Anne's caseload.
   */
  public static final Map<String, List<String>> TEAMS = teams();
  static final String TOUR_JOB_CENTRE = "101";
  private static final String FIRST_CONSULTANT = "demo-konsulent-anne";
  /** The share of a job centre's citizens that is in a consultant's caseload; the rest await one. */
  private static final double IN_CASELOADS = 0.9;
  private static final int REGISTERED_DAYS_AGO = 400;
  private static final long HISTORY_SEED = SyntheticLabourMarket.DEFAULT_SEED + 1;

  private DemoData() {}

  /** Everything the demo loads, made at once so the history fits the companies and citizens. */
  public record DataSet(List<Company> companies, List<Citizen> citizens, List<PlacementHistory.Placed> placements,
      List<ContactImport.Recorded> contacts) {}

  private static SyntheticLabourMarket market(Instant now, LocalDate today) {
    return new SyntheticLabourMarket(SyntheticSize.DEMO, SyntheticLabourMarket.DEFAULT_SEED, today, now);
  }

  /** The demo companies; availability dates (paused until...) are relative to {@code today}. */
  public static List<Company> companies(Instant now, LocalDate today) {
    return market(now, today).companies().map(DemoData::labelled).toList();
  }

  /**
   * The demo citizens, each job centre's in its consultants' caseloads: the synthetic ones, with the
   * first of København's replaced by the tour citizen, and the citizens without an acceptable match.
   */
  public static List<Citizen> citizens(Instant now, LocalDate today) {
    List<Citizen> synthetic = new ArrayList<>(market(now, today).citizens().toList());
    boolean replaced = false;
    for (int i = 0; i < synthetic.size() && !replaced; i++) {
      if (synthetic.get(i).jobCentre().equals(TOUR_JOB_CENTRE)) {
        synthetic.set(i, tourCitizen(now));
        replaced = true;
      }
    }
    if (!replaced) {
      synthetic.add(tourCitizen(now));
    }
    synthetic.addAll(noMatchCitizens(now));
    PlacementHistory caseloads = new PlacementHistory(HISTORY_SEED, today, now, ZoneId.systemDefault());
    // Registered before their year of history, so the figures of a past week count them too.
    Instant registered = now.minus(Duration.ofDays(REGISTERED_DAYS_AGO));
    List<Citizen> citizens = new ArrayList<>(synthetic.size());
    byJobCentre(synthetic).forEach((jobCentre, theirs) ->
        citizens.addAll(caseloads.inCaseloads(jobCentre, theirs, consultants(), IN_CASELOADS).stream()
            .map(c -> registered(c, c.id().equals(TOUR_CITIZEN_ID) ? FIRST_CONSULTANT : c.consultant(), registered))
            .toList()));
    return withLabels(citizens);
  }

  /** Each citizen labelled {@code DEMO-001}, {@code DEMO-002}, ... in its job centre: pseudonymous, as labels must be. */
  private static List<Citizen> withLabels(List<Citizen> citizens) {
    Map<String, Integer> numbers = new HashMap<>();
    return citizens.stream()
        .map(c -> c.labelled("DEMO-%03d".formatted(numbers.merge(c.jobCentre(), 1, Integer::sum))))
        .toList();
  }

  /**
   * The whole demo data set on {@code today}: companies, citizens, and each job centre's year of
   * placements and company contacts (none for the hand-written citizens).
   */
  public static DataSet dataSet(Instant now, LocalDate today, ZoneId zone) {
    List<Company> companies = companies(now, today);
    List<Citizen> citizens = citizens(now, today);
    PlacementHistory placementHistory = new PlacementHistory(HISTORY_SEED, today, now, zone);
    ContactHistory contactHistory = new ContactHistory(HISTORY_SEED, today, now, zone);
    Set<String> withoutHistory = handWritten();
    List<PlacementHistory.Placed> placements = new ArrayList<>();
    List<ContactImport.Recorded> contacts = new ArrayList<>();
    byJobCentre(citizens).forEach((jobCentre, theirs) -> {
      List<PlacementHistory.Placed> made = placementHistory.of(jobCentre,
          theirs.stream().filter(c -> !withoutHistory.contains(c.id())).toList(), companies, FIRST_CONSULTANT,
          Integer.MAX_VALUE);
      placements.addAll(made);
      contacts.addAll(contactHistory.of(jobCentre, consultants(),
          made.stream().map(PlacementHistory.Placed::placement).toList(), companies));
    });
    return new DataSet(companies, citizens, placements, contacts);
  }

  /** Every demo consultant, in team order. */
  public static List<String> consultants() {
    return TEAMS.values().stream().flatMap(List::stream).toList();
  }

  /** The citizens of each job centre, in the order given, job centres in code order. */
  private static Map<String, List<Citizen>> byJobCentre(List<Citizen> citizens) {
    Map<String, List<Citizen>> grouped = new TreeMap<>();
    citizens.forEach(c -> grouped.computeIfAbsent(c.jobCentre(), j -> new ArrayList<>()).add(c));
    return grouped;
  }

  private static Set<String> handWritten() {
    List<String> ids = new ArrayList<>(NO_MATCH_CITIZEN_IDS);
    ids.add(TOUR_CITIZEN_ID);
    return Set.copyOf(ids);
  }

  /** Lives in central København, can work 8 hours now (20 is the goal), travels up to 15 km. */
  private static Citizen tourCitizen(Instant now) {
    Municipality kobenhavn = Municipalities.bundled().find(TOUR_JOB_CENTRE).orElseThrow();
    return new Citizen(TOUR_CITIZEN_ID, null, TOUR_JOB_CENTRE,
        new Citizen.Cv(List.of(), List.of(), List.of("kundeservice", "varepåfyldning"), true),
        List.of(new Citizen.JobGoal("A", "5223", "Butiksassistent"), new Citizen.JobGoal("B", "9321", "Pakkeriarbejder")),
        List.of("stabilt fremmøde tre dage om ugen"),
        new Citizen.HoursCapacity(8, 20),
        List.of(new Citizen.AccommodationNeed("NO_HEAVY_LIFTING", "MUST"), new Citizen.AccommodationNeed("FEW_PEOPLE", "PREFER")),
        new Citizen.Home(kobenhavn.centre().lat(), kobenhavn.centre().lon(), 15), List.of(), now, now);
  }

  /**
   * One København citizen who can work 1 hour a week now (every task asks at least 2), and one whose
   * MUST needs (step-free access, breaks on demand, a gradual start, a fixed contact person) no
   * company within 3 km offers all of: what the supply gap is about.
   */
  private static List<Citizen> noMatchCitizens(Instant now) {
    Municipality kobenhavn = Municipalities.bundled().find(TOUR_JOB_CENTRE).orElseThrow();
    double lat = kobenhavn.centre().lat();
    double lon = kobenhavn.centre().lon();
    Citizen fewHours = new Citizen(NO_MATCH_CITIZEN_IDS.get(0), null, TOUR_JOB_CENTRE,
        new Citizen.Cv(List.of(), List.of(), List.of("rengøring"), false),
        List.of(new Citizen.JobGoal("A", "9112", "Rengøringsassistent")), List.of("komme ud blandt kolleger"),
        new Citizen.HoursCapacity(1, 6), List.of(new Citizen.AccommodationNeed("FREQUENT_BREAKS", "PREFER")),
        new Citizen.Home(lat + 0.01, lon - 0.02, 10), List.of(), now, now);
    Citizen mustNeeds = new Citizen(NO_MATCH_CITIZEN_IDS.get(1), null, TOUR_JOB_CENTRE,
        new Citizen.Cv(List.of(new Citizen.Experience("4110", "Kontorassistent", 3.0)), List.of(), List.of("kontor"), false),
        List.of(new Citizen.JobGoal("A", "4110", "Kontorassistent")), List.of(),
        new Citizen.HoursCapacity(10, 15),
        List.of(new Citizen.AccommodationNeed("STEP_FREE", "MUST"), new Citizen.AccommodationNeed("FREQUENT_BREAKS", "MUST"),
            new Citizen.AccommodationNeed("GRADUAL_START", "MUST"), new Citizen.AccommodationNeed("FIXED_CONTACT_PERSON", "MUST")),
        new Citizen.Home(lat - 0.01, lon + 0.01, 3), List.of(), now, now);
    return List.of(fewHours, mustNeeds);
  }

  private static Map<String, List<String>> teams() {
    Map<String, List<String>> teams = new LinkedHashMap<>();
    teams.put("nord", List.of(FIRST_CONSULTANT, "demo-konsulent-bo", "demo-konsulent-dorthe"));
    teams.put("syd", List.of("demo-konsulent-camilla", "demo-konsulent-emil", "demo-konsulent-frida"));
    return teams;
  }

  private static Citizen registered(Citizen c, String consultant, Instant registered) {
    return new Citizen(c.id(), c.version(), c.jobCentre(), c.cv(), c.jobGoals(), c.developmentGoals(), c.hoursCapacity(),
        c.accommodationNeeds(), c.home(), c.excludedCompanies(), registered, c.updatedAt(), consultant, c.wishes());
  }

  private static Company labelled(Company c) {
    return new Company(c.id(), c.version(), c.cvr(), LABEL + c.name(), c.address(), c.municipalityCode(), c.location(),
        c.industryCode(), c.sizeBand(), c.contactPersons(), c.accommodationsOffered(), c.openToOrdinaryHours(),
        c.openToOrdinaryHoursNote(), c.collaborationStatus(), c.availability(), c.crm(), c.partialTasks(),
        c.createdAt(), c.updatedAt());
  }

  private static String nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}

package dk.jobmatch.matcher.demo;

import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.reference.Municipalities;
import dk.jobmatch.matcher.reference.Municipalities.Municipality;
import dk.jobmatch.matcher.synthetic.SyntheticLabourMarket;
import dk.jobmatch.matcher.synthetic.SyntheticSize;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The clearly labelled demo data set: the synthetic labour market's DEMO size (companies in all 98
 * municipalities, their partial tasks, citizens of the job centres), every company name starting
 * with {@value #LABEL}. Seeded, so the same ids and the same ranking come out on every machine.
 * One citizen is written by hand: the README's tour citizen, under a fixed id.
 */
public final class DemoData {
  public static final String LABEL = "[DEMO] ";
  /** The README's demo citizen 1 of København's job centre (101): job goal A butiksassistent, no heavy lifting (MUST). */
  public static final String TOUR_CITIZEN_ID = nameUuid("demo-citizen-1");
  static final String TOUR_JOB_CENTRE = "101";
  /** The demo consultant whose caseload the tour citizen is in (the sign-in's first). */
  public static final String TOUR_CONSULTANT = "demo-konsulent-anne";

  private DemoData() {}

  private static SyntheticLabourMarket market(Instant now, LocalDate today) {
    return new SyntheticLabourMarket(SyntheticSize.DEMO, SyntheticLabourMarket.DEFAULT_SEED, today, now);
  }

  /** The demo companies; availability dates (paused until...) are relative to {@code today}. */
  public static List<Company> companies(Instant now, LocalDate today) {
    return market(now, today).companies().map(DemoData::labelled).toList();
  }

  /**
   * The demo citizens: the synthetic ones, with the first of København's replaced by the tour citizen,
   * each labelled {@code DEMO-001}, {@code DEMO-002}, ... in its job centre.
   */
  public static List<Citizen> citizens(Instant now, LocalDate today) {
    return labelled(withTourCitizen(new ArrayList<>(market(now, today).citizens().toList()), now));
  }

  private static List<Citizen> withTourCitizen(List<Citizen> citizens, Instant now) {
    for (int i = 0; i < citizens.size(); i++) {
      if (citizens.get(i).jobCentre().equals(TOUR_JOB_CENTRE)) {
        citizens.set(i, tourCitizen(now));
        return citizens;
      }
    }
    citizens.add(tourCitizen(now));
    return citizens;
  }

  private static List<Citizen> labelled(List<Citizen> citizens) {
    Map<String, Integer> numbers = new HashMap<>();
    return citizens.stream()
        .map(c -> c.labelled("DEMO-%03d".formatted(numbers.merge(c.jobCentre(), 1, Integer::sum))))
        .toList();
  }

  /**
   * Lives in central København, can work 8 hours now (20 is the goal), travels up to 15 km; in the
   * caseload of the first demo consultant of the sign-in, so the page's "Mine borgere" shows it.
   */
  private static Citizen tourCitizen(Instant now) {
    Municipality kobenhavn = Municipalities.bundled().find(TOUR_JOB_CENTRE).orElseThrow();
    return new Citizen(TOUR_CITIZEN_ID, null, TOUR_JOB_CENTRE,
        new Citizen.Cv(List.of(), List.of(), List.of("kundeservice", "varepåfyldning"), true),
        List.of(new Citizen.JobGoal("A", "5223", "Butiksassistent"), new Citizen.JobGoal("B", "9321", "Pakkeriarbejder")),
        List.of("stabilt fremmøde tre dage om ugen"),
        new Citizen.HoursCapacity(8, 20),
        List.of(new Citizen.AccommodationNeed("NO_HEAVY_LIFTING", "MUST"), new Citizen.AccommodationNeed("FEW_PEOPLE", "PREFER")),
        new Citizen.Home(kobenhavn.centre().lat(), kobenhavn.centre().lon(), 15), List.of(), now, now,
        TOUR_CONSULTANT, List.of());
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

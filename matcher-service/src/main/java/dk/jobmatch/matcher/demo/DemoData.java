package dk.jobmatch.matcher.demo;

import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.reference.Cvr;
import dk.jobmatch.matcher.reference.Municipalities;
import dk.jobmatch.matcher.reference.Municipalities.Municipality;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A small, clearly labelled, deterministic demo data set: companies with partial tasks in five
 * municipalities and a dozen citizens. Every company name starts with {@value #LABEL}. Seeded, so the
 * same ids and the same ranking come out on every machine; ids are name-based UUIDs the README uses.
 */
public final class DemoData {
  public static final String LABEL = "[DEMO] ";
  static final List<String> MUNICIPALITIES = List.of("101", "751", "461", "851", "265");
  static final int COMPANIES_PER_MUNICIPALITY = 60;

  /** An industry with the partial tasks its companies typically break jobs into. */
  private record Industry(String code, String name, List<TaskTemplate> tasks) {}

  private record TaskTemplate(String occupation, String title, String description, List<String> skills, List<String> demands) {}

  private static final List<Industry> INDUSTRIES = List.of(
      new Industry("471100", "Dagligvarer", List.of(
          new TaskTemplate("5223", "Opfyldning af varer", "Fylde hylder op og facing i butikken om formiddagen",
              List.of("varepåfyldning", "butik"), List.of("PROLONGED_STANDING", "WALKING")),
          new TaskTemplate("5230", "Kasse og kundeservice", "Betjene kunder ved kassen i travle perioder",
              List.of("kundeservice", "kasseekspedition"), List.of("CUSTOMER_CONTACT", "MANY_PEOPLE", "TIME_PRESSURE")),
          new TaskTemplate("4321", "Varemodtagelse", "Tjekke og registrere leverancer på lageret",
              List.of("lager", "varemodtagelse"), List.of("HEAVY_LIFTING", "COMPUTER_USE")))),
      new Industry("561010", "Restaurant", List.of(
          new TaskTemplate("5120", "Køkkenhjælp, forberedelse", "Skrælle, snitte og forberede råvarer til aftenens menu",
              List.of("madlavning", "køkken"), List.of("PROLONGED_STANDING", "TIME_PRESSURE")),
          new TaskTemplate("9412", "Opvask", "Opvask og oprydning i køkkenet efter frokost",
              List.of("opvask", "rengøring"), List.of("PROLONGED_STANDING", "NOISE", "REPETITIVE_MOVEMENTS")),
          new TaskTemplate("5131", "Servering ved frokost", "Dække borde og servere for gæster",
              List.of("servering", "kundeservice"), List.of("CUSTOMER_CONTACT", "WALKING", "MANY_PEOPLE")))),
      new Industry("812100", "Rengøring", List.of(
          new TaskTemplate("9112", "Kontorrengøring", "Rengøring af kontorer og mødelokaler efter fast plan",
              List.of("rengøring"), List.of("CLEANING_CHEMICALS", "WALKING")),
          new TaskTemplate("9112", "Aftenrengøring", "Rengøring af fællesarealer om aftenen",
              List.of("rengøring"), List.of("CLEANING_CHEMICALS", "EARLY_OR_LATE_HOURS")))),
      new Industry("521000", "Lager og logistik", List.of(
          new TaskTemplate("9321", "Pakning af ordrer", "Pakke webordrer og gøre dem klar til afsendelse",
              List.of("pakning", "lager"), List.of("REPETITIVE_MOVEMENTS", "PROLONGED_STANDING")),
          new TaskTemplate("4321", "Lagerregistrering", "Registrere varer i lagersystemet og holde styr på beholdning",
              List.of("lager", "it", "registrering"), List.of("COMPUTER_USE", "PROLONGED_SITTING")),
          new TaskTemplate("8322", "Udbringning med varebil", "Køre varer ud til kunder i lokalområdet",
              List.of("kørsel", "kundeservice"), List.of("DRIVING", "HEAVY_LIFTING", "TIME_PRESSURE")))),
      new Industry("889100", "Daginstitution", List.of(
          new TaskTemplate("5311", "Pædagogmedhjælp på legepladsen", "Være med i leg og aktiviteter med børnene udenfor",
              List.of("børn", "pædagogik"), List.of("MANY_PEOPLE", "NOISE", "OUTDOOR", "SPOKEN_DANISH")),
          new TaskTemplate("5120", "Køkkenhjælp i institutionen", "Anrette frokost og frugt til børnene",
              List.of("køkken", "madlavning"), List.of("PROLONGED_STANDING")))),
      new Industry("873000", "Plejecenter", List.of(
          new TaskTemplate("5322", "Hjælp ved måltider", "Hjælpe beboere ved måltiderne og skabe hygge",
              List.of("omsorg", "pleje"), List.of("SPOKEN_DANISH", "WALKING")),
          new TaskTemplate("9121", "Vaskeri", "Vaske, folde og fordele tøj til beboerne",
              List.of("vask", "tøjvask"), List.of("REPETITIVE_MOVEMENTS", "PROLONGED_STANDING")))),
      new Industry("813000", "Anlægsgartner", List.of(
          new TaskTemplate("9214", "Græsslåning og lugning", "Vedligeholde grønne områder for kunder",
              List.of("havearbejde", "græsslåning"), List.of("OUTDOOR", "WALKING", "HEAVY_LIFTING")))),
      new Industry("829100", "Kontorservice", List.of(
          new TaskTemplate("4110", "Scanning og arkivering", "Scanne papirer og arkivere dem i systemet",
              List.of("kontor", "it", "arkivering"), List.of("COMPUTER_USE", "PROLONGED_SITTING")),
          new TaskTemplate("4222", "Telefonpasning", "Tage imod opkald og videreformidle beskeder",
              List.of("kundeservice", "telefon"), List.of("SPOKEN_DANISH", "CUSTOMER_CONTACT", "COMPUTER_USE")))),
      new Industry("452000", "Autoværksted", List.of(
          new TaskTemplate("9122", "Bilvask og klargøring", "Vaske og klargøre biler til kunder",
              List.of("bilvask", "klargøring"), List.of("OUTDOOR", "CLEANING_CHEMICALS", "PROLONGED_STANDING")),
          new TaskTemplate("7231", "Dækskifte", "Skifte og opbevare dæk i sæsonen",
              List.of("dækskifte", "mekanik"), List.of("HEAVY_LIFTING", "NOISE")))),
      new Industry("107100", "Bageri", List.of(
          new TaskTemplate("7512", "Bagerihjælp om morgenen", "Forme brød og bagværk og tage det ud af ovnen",
              List.of("bagning", "køkken"), List.of("EARLY_OR_LATE_HOURS", "PROLONGED_STANDING", "TIME_PRESSURE")),
          new TaskTemplate("5223", "Ekspedition i bagerbutik", "Ekspedere kunder og pakke brød",
              List.of("kundeservice", "butik"), List.of("CUSTOMER_CONTACT", "PROLONGED_STANDING")))));

  private static final List<String> NAME_PARTS = List.of("Nord", "Syd", "Øst", "Vest", "Centrum", "Havn", "Park", "Torv", "Bakke", "Eng");
  private static final List<String> ACCOMMODATIONS = List.of("BREAKS_ON_DEMAND", "FLEXIBLE_SCHEDULE", "GRADUAL_START",
      "FIXED_CONTACT_PERSON", "STRUCTURED_TASKS", "QUIET_WORKSPACE", "LIFTING_AIDS", "SEATED_OPTION", "STEP_FREE_ACCESS",
      "LANGUAGE_SUPPORT", "OWN_PACE", "SHARED_PLACEMENT");

  private DemoData() {}

  /** The demo citizen with this number (1..12) has this fixed id. */
  public static String citizenId(int number) {
    return nameUuid("demo-citizen-" + number);
  }

  public static List<Company> companies(Instant now) {
    Random random = new Random(20261123L);
    List<Company> companies = new ArrayList<>();
    int serial = 0;
    for (String code : MUNICIPALITIES) {
      Municipality m = Municipalities.bundled().find(code).orElseThrow();
      for (int i = 0; i < COMPANIES_PER_MUNICIPALITY; i++) {
        serial++;
        Industry industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
        companies.add(company(serial, m, industry, random, now));
      }
    }
    return companies;
  }

  private static Company company(int serial, Municipality m, Industry industry, Random random, Instant now) {
    String id = nameUuid("demo-company-" + serial);
    Set<String> offered = new LinkedHashSet<>();
    for (int k = random.nextInt(4); k > 0; k--) {
      offered.add(ACCOMMODATIONS.get(random.nextInt(ACCOMMODATIONS.size())));
    }
    String stance = List.of("YES", "YES", "NO", "UNKNOWN").get(random.nextInt(4));
    List<Company.PartialTask> tasks = new ArrayList<>();
    int taskCount = 1 + random.nextInt(industry.tasks().size());
    for (int t = 0; t < taskCount; t++) {
      TaskTemplate template = industry.tasks().get(t);
      int min = 2 + random.nextInt(8);
      int max = min + random.nextInt(10);
      Set<String> taskOffers = new LinkedHashSet<>();
      if (random.nextInt(3) == 0) {
        taskOffers.add(ACCOMMODATIONS.get(random.nextInt(ACCOMMODATIONS.size())));
      }
      tasks.add(new Company.PartialTask(nameUuid(id + "-task-" + t), template.title(), template.description(),
          template.occupation(), template.skills(), new LinkedHashSet<>(template.demands()), taskOffers, min, max,
          List.of(new Company.TimeSlot(List.of("MON", "TUE", "WED", "THU", "FRI").get(random.nextInt(5)), "09:00", "12:00")),
          random.nextBoolean(), 1 + random.nextInt(3)));
    }
    double lat = m.centre().lat() + (random.nextDouble() - 0.5) * 0.12;
    double lon = m.centre().lon() + (random.nextDouble() - 0.5) * 0.2;
    String name = LABEL + industry.name() + " " + m.name() + " " + NAME_PARTS.get(random.nextInt(NAME_PARTS.size())) + " " + serial;
    String cvr = demoCvr(serial);
    return new Company(id, null, cvr, name, null, m.code(), new Company.Location(round(lat), round(lon)), industry.code(),
        "S_10_49", List.of(new Company.ContactPerson("Demo Kontaktperson " + serial, "Butikschef", null, null)), offered, stance,
        null, "ACTIVE", null, null, tasks, now, now);
  }

  public static List<Citizen> citizens(Instant now) {
    List<Citizen> citizens = new ArrayList<>();
    citizens.add(citizen(1, "101", 8, 20, 15, List.of(goal("A", "5223", "Butiksassistent"), goal("B", "9321", "Pakkeriarbejder")),
        List.of("kundeservice", "varepåfyldning"), List.of(need("NO_HEAVY_LIFTING", "MUST"), need("FEW_PEOPLE", "PREFER")), true));
    citizens.add(citizen(2, "101", 5, 15, 10, List.of(goal("A", "4110", "Kontorassistent")),
        List.of("it", "arkivering"), List.of(need("LIMITED_STANDING", "MUST"), need("FREQUENT_BREAKS", "MUST")), false));
    citizens.add(citizen(3, "101", 12, 30, 20, List.of(goal("A", "5120", "Kok"), goal("C", null, "køkkenhjælp")),
        List.of("madlavning"), List.of(need("DAYTIME_ONLY", "MUST")), false));
    citizens.add(citizen(4, "101", 4, 12, 8, List.of(goal("B", "9112", "Rengøringsassistent")),
        List.of("rengøring"), List.of(need("LOW_TEMPO", "PREFER"), need("CLEAR_STRUCTURE", "PREFER")), false));
    citizens.add(citizen(5, "101", 10, 25, 25, List.of(goal("A", "9214", "Gartnermedhjælper")),
        List.of("havearbejde", "græsslåning"), List.of(need("NO_CUSTOMER_CONTACT", "MUST")), true));
    citizens.add(citizen(6, "101", 6, 18, 12, List.of(goal("A", "5311", "Pædagogmedhjælper")),
        List.of("børn"), List.of(need("LIMITED_DANISH", "MUST")), false));
    citizens.add(citizen(7, "751", 8, 20, 15, List.of(goal("A", "4321", "Lagerekspedient")),
        List.of("lager", "it"), List.of(need("NO_HEAVY_LIFTING", "MUST")), true));
    citizens.add(citizen(8, "751", 3, 10, 10, List.of(goal("B", "9121", "Vaskerimedarbejder")),
        List.of("tøjvask"), List.of(need("QUIET_ENVIRONMENT", "PREFER"), need("GRADUAL_START", "MUST")), false));
    citizens.add(citizen(9, "751", 15, 30, 30, List.of(goal("A", "8322", "Chauffør")),
        List.of("kørsel"), List.of(), true));
    citizens.add(citizen(10, "461", 6, 15, 15, List.of(goal("A", "5322", "Social- og sundhedshjælper")),
        List.of("omsorg"), List.of(need("NO_CHEMICALS", "MUST")), false));
    citizens.add(citizen(11, "461", 9, 20, 20, List.of(goal("A", "7512", "Bager")),
        List.of("bagning"), List.of(need("LIMITED_WALKING", "PREFER")), false));
    citizens.add(citizen(12, "851", 7, 16, 15, List.of(goal("C", null, "butik")),
        List.of("kundeservice"), List.of(need("INDOOR_ONLY", "MUST")), false));
    return citizens;
  }

  private static Citizen citizen(int number, String jobCentre, int hoursNow, int target, int radiusKm, List<Citizen.JobGoal> goals,
      List<String> skills, List<Citizen.AccommodationNeed> needs, boolean drivingLicence) {
    Municipality m = Municipalities.bundled().find(jobCentre).orElseThrow();
    return new Citizen(citizenId(number), null, jobCentre,
        new Citizen.Cv(List.of(), List.of(), skills, drivingLicence), goals, List.of("stabilt fremmøde tre dage om ugen"),
        new Citizen.HoursCapacity(hoursNow, target), needs,
        new Citizen.Home(m.centre().lat(), m.centre().lon(), radiusKm), List.of(), Instant.EPOCH.plusSeconds(number), Instant.EPOCH.plusSeconds(number));
  }

  private static Citizen.JobGoal goal(String rank, String code, String title) {
    return new Citizen.JobGoal(rank, code, title);
  }

  private static Citizen.AccommodationNeed need(String code, String strictness) {
    return new Citizen.AccommodationNeed(code, strictness);
  }

  /** Valid CVR numbers in a range of their own; a prefix with no valid check digit is skipped. */
  private static String demoCvr(int serial) {
    for (int prefix = 3_000_000 + serial * 10; ; prefix++) {
      var cvr = Cvr.withCheckDigit(String.valueOf(prefix));
      if (cvr.isPresent()) {
        return cvr.get();
      }
    }
  }

  private static String nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}

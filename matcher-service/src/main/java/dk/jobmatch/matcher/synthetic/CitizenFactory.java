package dk.jobmatch.matcher.synthetic;

import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.citizen.Citizen.AccommodationNeed;
import dk.jobmatch.matcher.citizen.Citizen.JobGoal;
import dk.jobmatch.matcher.reference.Municipalities.Municipality;
import dk.jobmatch.matcher.synthetic.Catalogue.Occupation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes citizen number {@code index}: people far from the labour market, so most can work few hours
 * a week, back and mental-health related needs are common, and they rely on public transport.
 */
final class CitizenFactory {
  static final String KIND = "citizen";

  /** Hours now by band: many start with a few hours a week. */
  private static final Weighted<int[]> HOURS_NOW = Weighted.<int[]>builder()
      .add(new int[] {2, 5}, 35).add(new int[] {6, 10}, 30).add(new int[] {11, 15}, 20).add(new int[] {16, 25}, 10)
      .add(new int[] {26, 37}, 5).build();
  private static final Weighted<Integer> GOAL_COUNT = Weighted.<Integer>builder().add(1, 45).add(2, 35).add(3, 20).build();
  /** What people aim for: shop, cleaning, kitchen and warehouse work far more than lorries or music. */
  private static final Weighted<String> GOAL_OCCUPATIONS = Weighted.<String>builder()
      .add("5223", 10).add("9112", 8).add("9412", 7).add("9334", 6).add("9321", 6).add("9333", 6).add("5311", 5)
      .add("5322", 5).add("4110", 5).add("4321", 4).add("9214", 4).add("5120", 4).add("9622", 3).add("8322", 3)
      .add("5230", 3).add("5131", 3).add("9329", 3).add("9121", 2).add("9122", 2).add("7512", 2).add("9111", 2)
      .add("5153", 2).add("5414", 2).add("4222", 2).add("6121", 1).add("9211", 1).add("4311", 1).add("4412", 1)
      .add("8160", 1).add("8332", 1).add("7231", 1).add("7522", 1).add("9313", 1).add("9611", 1).add("9613", 1)
      .add("9621", 1).add("2652", 1).build();
  /** Goals known only as a word the citizen used: matched as text, not by occupation code. */
  private static final List<String> TITLE_ONLY_GOALS = List.of("lager", "butik", "køkken", "rengøring", "kontor",
      "havearbejde", "pakning", "børn", "ældrepleje", "bageri", "kørsel", "vaskeri", "café", "værksted", "produktion");
  /** CV skills that no task text uses: the CV is about the person, not about our task catalogue. */
  private static final List<String> OTHER_SKILLS = List.of("engelsk", "tålmodighed", "mødestabilitet", "samarbejde",
      "strikning", "fodbold", "tegning", "arabisk", "tyrkisk", "ordenssans", "hjælpsomhed", "computerspil", "fiskeri");
  private static final Weighted<Integer> EXPERIENCE_COUNT = Weighted.<Integer>builder()
      .add(0, 30).add(1, 35).add(2, 25).add(3, 10).build();
  private static final List<String> EDUCATIONS = List.of("Folkeskolens afgangsprøve", "Grundforløb, erhvervsuddannelse",
      "Hygiejnebevis", "Truckcertifikat", "Danskuddannelse 2", "HF-enkeltfag", "Førstehjælpskursus");
  private static final List<String> DEVELOPMENT_GOALS = List.of("stabilt fremmøde tre dage om ugen",
      "prøve kundekontakt", "arbejde sammen med andre", "komme ud blandt kolleger", "lære at bruge en computer",
      "øge timetallet gradvist", "afprøve lagerarbejde", "tale mere dansk på arbejdet", "prøve praktisk arbejde med hænderne",
      "holde pauser uden at gå hjem");
  private static final Weighted<Integer> NEED_COUNT = Weighted.<Integer>builder()
      .add(0, 12).add(1, 28).add(2, 30).add(3, 20).add(4, 10).build();
  /**
   * Accommodation needs by how often consultants see them: back and body (heavy lifting, standing,
   * repetitive strain) and mental health (few people, low tempo, quiet, a fixed contact person,
   * structure, breaks) dominate.
   */
  private static final Weighted<String> NEEDS = Weighted.<String>builder()
      .add("NO_HEAVY_LIFTING", 18).add("FEW_PEOPLE", 12).add("LIMITED_STANDING", 10).add("LOW_TEMPO", 10)
      .add("FIXED_CONTACT_PERSON", 9).add("QUIET_ENVIRONMENT", 8).add("FREQUENT_BREAKS", 8).add("NO_REPETITIVE_STRAIN", 7)
      .add("CLEAR_STRUCTURE", 7).add("GRADUAL_START", 6).add("FLEXIBLE_HOURS", 5).add("DAYTIME_ONLY", 5)
      .add("NO_CUSTOMER_CONTACT", 5).add("LIMITED_DANISH", 5).add("LIMITED_SITTING", 4).add("LIMITED_WALKING", 4)
      .add("INDOOR_ONLY", 3).add("NO_CHEMICALS", 3).add("STEP_FREE", 2).add("NO_DRIVING", 1).build();

  private final Seeds seeds;
  private final Catalogue catalogue;
  private final Places places;
  private final CompanyFactory companies;
  private final int companyCount;
  private final Instant now;

  CitizenFactory(Seeds seeds, Catalogue catalogue, Places places, CompanyFactory companies, int companyCount, Instant now) {
    this.seeds = seeds;
    this.catalogue = catalogue;
    this.places = places;
    this.companies = companies;
    this.companyCount = companyCount;
    this.now = now;
  }

  String id(int index) {
    return seeds.id(KIND, index);
  }

  Citizen citizen(int index) {
    SplittableRandom random = seeds.random(KIND, index);
    Municipality m = places.municipality(random);
    GeoPoint home = places.near(m, random);

    int[] band = HOURS_NOW.pick(random);
    int hoursNow = band[0] + random.nextInt(band[1] - band[0] + 1);
    int target = random.nextDouble() < 0.15 ? hoursNow : Math.min(37, hoursNow + 1 + random.nextInt(15));

    List<JobGoal> goals = goals(random);
    Set<String> related = new LinkedHashSet<>();
    goals.stream().filter(g -> g.occupationCode() != null).forEach(g -> related.add(g.occupationCode()));
    List<Citizen.Experience> experience = experience(related, random);
    experience.forEach(e -> related.add(e.occupationCode()));

    List<Citizen.Education> education = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      education.add(new Citizen.Education(EDUCATIONS.get(random.nextInt(EDUCATIONS.size())), random.nextDouble() < 0.7));
    }
    List<String> developmentGoals = new ArrayList<>();
    if (random.nextDouble() < 0.3) {
      Set<String> picked = new LinkedHashSet<>();
      for (int k = 1 + random.nextInt(2); k > 0; k--) {
        picked.add(DEVELOPMENT_GOALS.get(random.nextInt(DEVELOPMENT_GOALS.size())));
      }
      developmentGoals.addAll(picked);
    }
    boolean drivingLicence = random.nextDouble() < 0.45;
    Citizen.Cv cv = new Citizen.Cv(experience, education, skills(related, random), drivingLicence);
    List<AccommodationNeed> needs = needs(random);
    Citizen.Home place = new Citizen.Home(home.lat(), home.lon(), commuteKm(random));
    List<Citizen.ExcludedCompany> excluded = new ArrayList<>();
    if (random.nextDouble() < 0.02) {
      excluded.add(new Citizen.ExcludedCompany(companies.id(companyIn(m, random)), "Tidligere forløb afbrudt"));
    }
    return new Citizen(id(index), null, m.code(), cv, goals, developmentGoals, new Citizen.HoursCapacity(hoursNow, target),
        needs, place, excluded, now, now);
  }

  /** One to three goals ranked A, B, C; a lone goal is usually the dream (A). About 15% are a word, not an occupation. */
  private List<JobGoal> goals(SplittableRandom random) {
    int count = GOAL_COUNT.pick(random);
    List<String> ranks = count > 1 ? List.of("A", "B", "C")
        : List.of(random.nextDouble() < 0.8 ? "A" : random.nextBoolean() ? "B" : "C");
    Map<String, JobGoal> goals = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String rank = ranks.get(Math.min(i, ranks.size() - 1));
      if (random.nextDouble() < 0.15) {
        String word = TITLE_ONLY_GOALS.get(random.nextInt(TITLE_ONLY_GOALS.size()));
        goals.putIfAbsent(word, new JobGoal(rank, null, word));
      } else {
        Occupation o = catalogue.occupation(GOAL_OCCUPATIONS.pick(random));
        goals.putIfAbsent(o.code(), new JobGoal(rank, o.code(), title(o)));
      }
    }
    return List.copyOf(goals.values());
  }

  private List<Citizen.Experience> experience(Set<String> goalOccupations, SplittableRandom random) {
    List<Citizen.Experience> experience = new ArrayList<>();
    List<String> near = List.copyOf(goalOccupations);
    for (int k = EXPERIENCE_COUNT.pick(random); k > 0; k--) {
      String code = !near.isEmpty() && random.nextDouble() < 0.6
          ? near.get(random.nextInt(near.size())) : GOAL_OCCUPATIONS.pick(random);
      double years = (1 + random.nextInt(20)) / 2.0;
      experience.add(new Citizen.Experience(code, title(catalogue.occupation(code)), years));
    }
    return experience;
  }

  /** Two to six skills: mostly words from tasks of the occupations they know or aim for, some from elsewhere. */
  private List<String> skills(Set<String> related, SplittableRandom random) {
    List<String> fromRelated = related.stream().flatMap(code -> catalogue.templates.getOrDefault(code, List.of()).stream())
        .flatMap(t -> t.skills().stream()).distinct().toList();
    Set<String> skills = new LinkedHashSet<>();
    int count = 2 + random.nextInt(5);
    for (int tries = 0; skills.size() < count && tries < 20; tries++) {
      double roll = random.nextDouble();
      if (roll < 0.6 && !fromRelated.isEmpty()) {
        skills.add(fromRelated.get(random.nextInt(fromRelated.size())));
      } else if (roll < 0.8) {
        skills.add(catalogue.taskSkills.get(random.nextInt(catalogue.taskSkills.size())));
      } else {
        skills.add(OTHER_SKILLS.get(random.nextInt(OTHER_SKILLS.size())));
      }
    }
    return List.copyOf(skills);
  }

  /** Each need once, MUST or PREFER about half and half. */
  private static List<AccommodationNeed> needs(SplittableRandom random) {
    Map<String, AccommodationNeed> needs = new LinkedHashMap<>();
    for (int k = NEED_COUNT.pick(random); k > 0; k--) {
      String code = NEEDS.pick(random);
      needs.putIfAbsent(code, new AccommodationNeed(code, random.nextBoolean() ? "MUST" : "PREFER"));
    }
    return List.copyOf(needs.values());
  }

  /** Log-normal around 12 km, 3..40: most rely on public transport, a few travel far. */
  private static int commuteKm(SplittableRandom random) {
    double km = 12 * Math.exp(0.5 * random.nextGaussian());
    return (int) Math.max(3, Math.min(40, Math.round(km)));
  }

  /** A company near the citizen when one is found in a few hundred draws, so the exclusion can matter. */
  private int companyIn(Municipality m, SplittableRandom random) {
    int any = random.nextInt(companyCount);
    for (int tries = 0; tries < 300; tries++) {
      int candidate = random.nextInt(companyCount);
      if (companies.municipality(candidate).code().equals(m.code())) {
        return candidate;
      }
    }
    return any;
  }

  /** "butiksmedhjælper, butiksassistent" becomes "Butiksmedhjælper". */
  private static String title(Occupation o) {
    String first = o.title().split(",")[0].strip();
    return first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1);
  }
}

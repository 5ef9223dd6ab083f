package dk.jobmatch.matcher.synthetic;

import dk.jobmatch.index.GeoPoint;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.company.Company.PartialTask;
import dk.jobmatch.matcher.company.Company.TimeSlot;
import dk.jobmatch.matcher.reference.Cvr;
import dk.jobmatch.matcher.reference.Municipalities.Municipality;
import dk.jobmatch.matcher.synthetic.Catalogue.Industry;
import dk.jobmatch.matcher.synthetic.Catalogue.Occupation;
import dk.jobmatch.matcher.synthetic.Catalogue.TaskTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes company number {@code index} with its partial tasks. Companies come in blocks of three that
 * share exactly ten tasks, split at random (1..8 each, mean 3.33, small companies most common), so
 * 300,000 companies have exactly 1,000,000 tasks and any company can still be made on its own.
 */
final class CompanyFactory {
  static final int BLOCK_COMPANIES = 3;
  static final int BLOCK_TASKS = 10;
  static final String KIND = "company";
  static final String TASK_KIND = "task";
  /** Every way to split a block's ten tasks over three companies with 1..8 each: 36, equally likely. */
  private static final List<int[]> SPLITS = splits();
  private static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");
  private static final List<String> NAME_PARTS =
      List.of("Nord", "Syd", "Øst", "Vest", "Centrum", "Havn", "Park", "Torv", "Bakke", "Eng", "Å", "Skov");
  private static final List<String> LEGAL_FORMS = List.of("ApS", "A/S", "I/S", "");
  private static final List<String> CONTACT_ROLES = List.of("Daglig leder", "Butikschef", "Værkfører", "HR-ansvarlig",
      "Afdelingsleder", "Køkkenchef");

  private static final Weighted<String> SIZE_BANDS = Weighted.<String>builder()
      .add("S_1_9", 45).add("S_10_49", 35).add("S_50_249", 15).add("S_250_PLUS", 5).build();
  private static final Weighted<String> ORDINARY_HOURS = Weighted.<String>builder()
      .add("YES", 35).add("UNKNOWN", 45).add("NO", 20).build();
  private static final Weighted<String> COLLABORATION = Weighted.<String>builder()
      .add("ACTIVE", 50).add("NEW", 25).add("PARTNERSHIP", 15).add("INACTIVE", 10).build();
  private static final Weighted<Integer> COMPANY_OFFER_COUNT = Weighted.<Integer>builder()
      .add(0, 25).add(1, 30).add(2, 25).add(3, 13).add(4, 7).build();
  /** What whole companies offer: a contact person, breaks and a gradual start are the everyday ones. */
  private static final Weighted<String> COMPANY_OFFERS = Weighted.<String>builder()
      .add("FIXED_CONTACT_PERSON", 14).add("BREAKS_ON_DEMAND", 12).add("GRADUAL_START", 12)
      .add("FLEXIBLE_SCHEDULE", 10).add("STRUCTURED_TASKS", 9).add("SHARED_PLACEMENT", 6).add("STEP_FREE_ACCESS", 6)
      .add("LANGUAGE_SUPPORT", 5).add("OWN_PACE", 5).add("QUIET_WORKSPACE", 4).add("SEATED_OPTION", 4)
      .add("LIFTING_AIDS", 3).add("ORDINARY_HOURS_POSSIBLE", 3).build();
  private static final Weighted<Integer> TASK_OFFER_COUNT = Weighted.<Integer>builder()
      .add(0, 55).add(1, 33).add(2, 12).build();
  /** What one task can offer: mostly about the body and the pace of that task. */
  private static final Weighted<String> TASK_OFFERS = Weighted.<String>builder()
      .add("SEATED_OPTION", 10).add("LIFTING_AIDS", 8).add("QUIET_WORKSPACE", 8).add("OWN_PACE", 8)
      .add("BREAKS_ON_DEMAND", 8).add("STRUCTURED_TASKS", 8).add("FLEXIBLE_SCHEDULE", 6).add("GRADUAL_START", 5)
      .add("LANGUAGE_SUPPORT", 4).add("FIXED_CONTACT_PERSON", 4).build();
  private static final Weighted<Integer> HOURS_MIN = Weighted.<Integer>builder()
      .add(2, 14).add(3, 14).add(4, 14).add(5, 12).add(6, 11).add(7, 9).add(8, 10).add(9, 8).add(10, 8).build();
  private static final Weighted<Integer> SLOTS = Weighted.<Integer>builder().add(1, 45).add(2, 35).add(3, 20).build();
  private static final Weighted<Integer> CAPACITY = Weighted.<Integer>builder().add(1, 60).add(2, 28).add(3, 12).build();

  private final Seeds seeds;
  private final Catalogue catalogue;
  private final Places places;
  private final Weighted<Industry> industries;
  private final LocalDate asOf;
  private final Instant now;

  CompanyFactory(Seeds seeds, Catalogue catalogue, Places places, LocalDate asOf, Instant now) {
    this.seeds = seeds;
    this.catalogue = catalogue;
    this.places = places;
    Weighted.Builder<Industry> b = Weighted.builder();
    catalogue.industries.forEach(i -> b.add(i, i.weight()));
    this.industries = b.build();
    this.asOf = asOf;
    this.now = now;
  }

  String id(int index) {
    return seeds.id(KIND, index);
  }

  /** The municipality of company {@code index}: the first draw of its random source, so it is cheap to ask. */
  Municipality municipality(int index) {
    return municipality(index, seeds.random(KIND, index));
  }

  private Municipality municipality(int index, SplittableRandom random) {
    Municipality drawn = places.municipality(random);
    // The first companies cover every municipality once, so every job centre has somewhere to send people.
    return index < places.municipalityCount() ? places.municipality(index) : drawn;
  }

  Company company(int index) {
    SplittableRandom random = seeds.random(KIND, index);
    Municipality m = municipality(index, random);
    GeoPoint at = places.near(m, random);
    Industry industry = industries.pick(random);
    String id = id(index);
    int serial = index + 1;

    Set<String> offered = new LinkedHashSet<>();
    for (int k = COMPANY_OFFER_COUNT.pick(random); k > 0; k--) {
      offered.add(COMPANY_OFFERS.pick(random));
    }
    String name = industry.name() + " " + m.name() + " " + NAME_PARTS.get(random.nextInt(NAME_PARTS.size())) + " "
        + serial + suffix(LEGAL_FORMS.get(random.nextInt(LEGAL_FORMS.size())));
    Company.ContactPerson contact = new Company.ContactPerson("Fiktiv Kontaktperson " + serial,
        CONTACT_ROLES.get(random.nextInt(CONTACT_ROLES.size())), "kontakt" + serial + "@example.invalid",
        "+45 00 00 00 00");
    String stance = ORDINARY_HOURS.pick(random);
    String size = SIZE_BANDS.pick(random);
    String collaboration = COLLABORATION.pick(random);
    Company.Availability availability = availability(random);

    int[] split = SPLITS.get(seeds.random("task-split", index / BLOCK_COMPANIES).nextInt(SPLITS.size()));
    int position = index % BLOCK_COMPANIES;
    long firstTask = (long) (index / BLOCK_COMPANIES) * BLOCK_TASKS;
    for (int p = 0; p < position; p++) {
      firstTask += split[p];
    }
    List<PartialTask> tasks = new ArrayList<>(split[position]);
    Set<String> titles = new HashSet<>();
    for (int t = 0; t < split[position]; t++) {
      tasks.add(task(seeds.id(TASK_KIND, firstTask + t), industry, titles, random));
    }
    return new Company(id, null, cvr(index), name, "Fiktivvej " + (1 + random.nextInt(200)) + ", " + m.name(),
        m.code(), new Company.Location(at.lat(), at.lon()), industry.code(), size, List.of(contact), offered, stance,
        null, collaboration, availability, null, tasks, now, now);
  }

  /** About 4% paused for a while, 3% not available until a date, 10% with a monthly limit of 1..3 new placements. */
  private Company.Availability availability(SplittableRandom random) {
    double roll = random.nextDouble();
    LocalDate pausedUntil = roll < 0.04 ? asOf.plusDays(1 + random.nextInt(60)) : null;
    LocalDate nextAvailable = roll >= 0.04 && roll < 0.07 ? asOf.plusDays(1 + random.nextInt(45)) : null;
    Integer monthlyLimit = random.nextDouble() < 0.10 ? 1 + random.nextInt(3) : null;
    return pausedUntil == null && nextAvailable == null && monthlyLimit == null
        ? null : new Company.Availability(pausedUntil, monthlyLimit, nextAvailable);
  }

  private PartialTask task(String taskId, Industry industry, Set<String> titles, SplittableRandom random) {
    String code = industry.occupationCodes().get(random.nextInt(industry.occupationCodes().size()));
    Occupation occupation = catalogue.occupation(code);
    List<TaskTemplate> options = catalogue.templates.get(code);
    TaskTemplate template = options.get(random.nextInt(options.size()));
    // Prefer a title the company does not have yet; a second try is enough to keep most lists varied.
    if (titles.contains(template.title())) {
      template = options.get(random.nextInt(options.size()));
    }
    titles.add(template.title());

    Set<String> demands = new LinkedHashSet<>(occupation.typicalDemands());
    if (random.nextDouble() < 0.2) {
      demands.add(catalogue.demands.get(random.nextInt(catalogue.demands.size())));
    }
    Set<String> offered = new LinkedHashSet<>();
    for (int k = TASK_OFFER_COUNT.pick(random); k > 0; k--) {
      offered.add(TASK_OFFERS.pick(random));
    }
    int min = HOURS_MIN.pick(random);
    int max = Math.min(30, min + extraHours(random));
    List<TimeSlot> schedule = schedule(max, demands.contains("EARLY_OR_LATE_HOURS"), random);
    return new PartialTask(taskId, template.title(), template.description(), code, template.skills(), demands, offered,
        min, max, schedule, random.nextDouble() < 0.4, CAPACITY.pick(random));
  }

  /** Room above the minimum: a tenth of tasks are fixed, most can grow a little or a lot. */
  private static int extraHours(SplittableRandom random) {
    double roll = random.nextDouble();
    if (roll < 0.10) {
      return 0;
    }
    if (roll < 0.45) {
      return 1 + random.nextInt(5);
    }
    if (roll < 0.80) {
      return 6 + random.nextInt(7);
    }
    return 13 + random.nextInt(8);
  }

  /**
   * One to three weekday slots on different days. Starts come from a few usual times, so some tasks
   * at a company overlap and some can be combined; early or late work starts early or late.
   */
  private static List<TimeSlot> schedule(int weeklyMax, boolean earlyOrLate, SplittableRandom random) {
    int slots = SLOTS.pick(random);
    List<String> days = new ArrayList<>(WEEKDAYS);
    List<TimeSlot> schedule = new ArrayList<>(slots);
    int hours = Math.max(2, Math.min(6, Math.round(weeklyMax / (float) slots)));
    for (int s = 0; s < slots; s++) {
      String day = days.remove(random.nextInt(days.size()));
      int[] starts = earlyOrLate ? new int[] {6, 7, 16, 17} : new int[] {8, 9, 10, 12, 13};
      int start = starts[random.nextInt(starts.length)];
      int minute = random.nextDouble() < 0.3 ? 30 : 0;
      schedule.add(new TimeSlot(day, time(start, minute), time(start + hours, minute)));
    }
    schedule.sort(Comparator.comparing(slot -> WEEKDAYS.indexOf(slot.day())));
    return schedule;
  }

  /** Valid CVR numbers from a range of their own: of two neighbouring prefixes at least one has a check digit. */
  private static String cvr(int index) {
    int prefix = 2_000_000 + 2 * index;
    return Cvr.withCheckDigit(String.valueOf(prefix))
        .or(() -> Cvr.withCheckDigit(String.valueOf(prefix + 1)))
        .orElseThrow(() -> new IllegalStateException("no valid CVR near prefix " + prefix));
  }

  private static String time(int hour, int minute) {
    return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
  }

  private static String suffix(String legalForm) {
    return legalForm.isEmpty() ? "" : " " + legalForm;
  }

  private static List<int[]> splits() {
    List<int[]> splits = new ArrayList<>();
    for (int a = 1; a <= 8; a++) {
      for (int b = 1; b <= 8; b++) {
        int c = BLOCK_TASKS - a - b;
        if (c >= 1 && c <= 8) {
          splits.add(new int[] {a, b, c});
        }
      }
    }
    return List.copyOf(splits);
  }
}

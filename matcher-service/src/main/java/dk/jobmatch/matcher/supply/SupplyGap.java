package dk.jobmatch.matcher.supply;

import dk.jobmatch.index.GoalGap;
import dk.jobmatch.index.GoalGap.BlockedCompany;
import dk.jobmatch.index.GoalGap.NeedOpening;
import dk.jobmatch.index.HardRule;
import dk.jobmatch.index.vocabulary.Term;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.match.TaskSearch.CitizenGap;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The supply gap of a set of citizens: those with fewer acceptable companies than asked for, in
 * groups of goal occupation and {@link Blocker}, each group with the companies one change would open
 * and what that change is, in Danish. Plain Java over the index's {@link GoalGap}s.
 */
record SupplyGap(int fewerThan, List<Group> groups) {
  private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

  /** The citizens of one goal occupation held back by one blocker; {@code companies} most citizens opened first. */
  record Group(String occupationCode, String goal, Blocker blocker, List<GapCitizen> citizens, List<OpenableCompany> companies) {}

  /** A citizen in the gap: pseudonymous id and label only. */
  record GapCitizen(String citizenId, String label, int acceptableCompanies, int blockedCompanies) {}

  /**
   * A company kept out by {@code rule} alone for {@code citizens} of the group, with what would open
   * it: {@code opensWith} in Danish, and the fact behind it (accommodations, hours, radius or date).
   */
  record OpenableCompany(String companyId, String name, String municipalityCode, double distanceKm, String taskId,
      HardRule rule, int citizens, String opensWith, List<String> accommodations, Integer hours, Integer radiusKm,
      LocalDate availableFrom) {}

  int inGap() {
    return groups.stream().mapToInt(g -> g.citizens().size()).sum();
  }

  static SupplyGap of(List<CitizenGap> gaps, int fewerThan, Vocabulary vocabulary) {
    Map<List<Object>, List<CitizenGap>> byGroup = new LinkedHashMap<>();
    for (CitizenGap gap : gaps) {
      if (gap.gap().acceptableCompanies() < fewerThan) {
        Citizen.JobGoal goal = gap.citizen().jobGoals().get(gap.goal());
        String key = goal.occupationCode() != null ? goal.occupationCode()
            : goal.title() == null ? "" : goal.title().strip().toLowerCase(Locale.ROOT);
        byGroup.computeIfAbsent(List.of(key, blocker(gap.gap())), k -> new ArrayList<>()).add(gap);
      }
    }
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((key, members) -> {
      Citizen.JobGoal goal = members.getFirst().citizen().jobGoals().get(members.getFirst().goal());
      List<GapCitizen> citizens = members.stream().map(m -> new GapCitizen(m.citizen().id(), m.citizen().label(),
          m.gap().acceptableCompanies(), m.gap().blocked().size())).toList();
      groups.add(new Group(goal.occupationCode(), goal.title(), (Blocker) key.get(1), citizens, companies(members, vocabulary)));
    });
    groups.sort(Comparator.comparingInt((Group g) -> -g.citizens().size()).thenComparing(g -> g.goal() == null ? "" : g.goal())
        .thenComparing(Group::blocker));
    return new SupplyGap(fewerThan, List.copyOf(groups));
  }

  /** The rule that alone keeps out most companies in reach; ties go to the rule named first. */
  static Blocker blocker(GoalGap gap) {
    if (!gap.occupationIndexed()) {
      return Blocker.NO_COMPANY;
    }
    if (gap.blocked().isEmpty()) {
      return gap.blockedBySeveral() > 0 ? Blocker.SEVERAL_RULES : Blocker.NO_COMPANY_NEARBY;
    }
    Map<Blocker, Integer> counts = new EnumMap<>(Blocker.class);
    gap.blocked().forEach(b -> counts.merge(Blocker.of(b.rule()), 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.<Blocker, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
  }

  private static List<OpenableCompany> companies(List<CitizenGap> members, Vocabulary vocabulary) {
    Map<List<Object>, List<Keeping>> byCompany = new LinkedHashMap<>();
    for (CitizenGap member : members) {
      for (BlockedCompany company : member.gap().blocked()) {
        byCompany.computeIfAbsent(List.of(company.companyId(), company.rule()), k -> new ArrayList<>())
            .add(new Keeping(member, company));
      }
    }
    List<OpenableCompany> companies = new ArrayList<>();
    for (List<Keeping> keeping : byCompany.values()) {
      companies.add(openable(keeping, vocabulary));
    }
    companies.sort(Comparator.comparingInt((OpenableCompany c) -> -c.citizens()).thenComparingDouble(OpenableCompany::distanceKm)
        .thenComparing(OpenableCompany::companyId));
    return List.copyOf(companies);
  }

  /** One company as it keeps out one citizen. */
  private record Keeping(CitizenGap citizen, BlockedCompany company) {}

  private static OpenableCompany openable(List<Keeping> keeping, Vocabulary vocabulary) {
    BlockedCompany nearest = keeping.stream().map(Keeping::company).min(Comparator.comparingDouble(BlockedCompany::distanceKm))
        .orElseThrow();
    HardRule rule = nearest.rule();
    List<String> accommodations = List.of();
    Integer hours = null;
    Integer radius = null;
    String opensWith;
    switch (rule) {
      case MUST_NEEDS -> {
        List<NeedOpening> needs = nearest.violatedNeeds();
        accommodations = needs.stream().flatMap(n -> n.accommodations().stream()).distinct().toList();
        opensWith = needs.isEmpty() ? "opfylder skånehensyn"
            : needs.stream().map(n -> opening(n, vocabulary)).collect(Collectors.joining(" og "));
      }
      case HOURS_NOW -> {
        // A task that starts at the hours of the citizen who can work the most opens it for at least one.
        hours = keeping.stream().mapToInt(k -> k.citizen().hoursNow()).max().orElseThrow();
        opensWith = "opgave på " + hours + " timer";
      }
      case COMMUTE_RADIUS -> {
        radius = (int) Math.ceil(nearest.distanceKm());
        opensWith = "radius på " + radius + " km";
      }
      case NOT_YET_AVAILABLE -> opensWith = nearest.availableFrom() == null ? "ikke længere på pause"
          : "ledig fra " + DANISH_DATE.format(nearest.availableFrom());
      case CONTACT_LIMIT -> opensWith = nearest.availableFrom() == null ? "under kontaktgrænsen"
          : "kan kontaktes igen " + DANISH_DATE.format(nearest.availableFrom());
      case MONTHLY_LIMIT -> opensWith = "ledig igen " + DANISH_DATE.format(nearest.availableFrom());
      case FREE_CAPACITY -> opensWith = "en ledig plads mere";
      case EXCLUDED_COMPANY -> opensWith = "udelukkelsen ophæves";
      default -> throw new IllegalStateException(rule.name());
    }
    LocalDate available = switch (rule) {
      case NOT_YET_AVAILABLE, CONTACT_LIMIT, MONTHLY_LIMIT -> nearest.availableFrom();
      default -> null;
    };
    return new OpenableCompany(nearest.companyId(), nearest.name(), nearest.municipalityCode(), nearest.distanceKm(),
        nearest.taskId(), rule, keeping.size(), opensWith, accommodations, hours, radius, available);
  }

  /** "tilbyder løftehjælpemidler", or, when nothing offered would do, "opgave uden tunge løft". */
  private static String opening(NeedOpening need, Vocabulary vocabulary) {
    if (!need.accommodations().isEmpty()) {
      return "tilbyder " + need.accommodations().stream().map(a -> danish(vocabulary.accommodations(), a))
          .collect(Collectors.joining(" eller "));
    }
    if (!need.demands().isEmpty() && need.demands().stream().allMatch(vocabulary::isDemand)) {
      return "opgave uden " + need.demands().stream().map(d -> danish(vocabulary.demands(), d)).collect(Collectors.joining(" og "));
    }
    return "opgave i dagtimerne";
  }

  private static String danish(Map<String, Term> terms, String code) {
    Term term = terms.get(code);
    return term == null ? code : term.danish().toLowerCase(Locale.forLanguageTag("da-DK"));
  }
}

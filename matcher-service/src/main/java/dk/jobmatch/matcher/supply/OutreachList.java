package dk.jobmatch.matcher.supply;

import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.Company;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The companies to contact next: those with a task in an occupation the job centre's citizens want
 * and no recent contact, ranked by how many citizens they could serve. Plain Java over what the
 * controller read.
 */
record OutreachList(int total, List<Candidate> companies) {

  /** A company and the citizens it could serve, in all and per occupation (most citizens first). */
  record Candidate(Company company, int citizens, List<Demand> occupations) {}

  /** One of the company's occupations and how many citizens want it. */
  record Demand(String occupationCode, int citizens) {}

  /**
   * {@code recentlyContacted} are left out; a company counts a citizen once however many of its
   * tasks or the citizen's goals meet.
   */
  static OutreachList of(List<Company> companies, List<Citizen> citizens, Set<String> recentlyContacted, int limit) {
    Map<String, Set<String>> citizensByOccupation = new HashMap<>();
    for (Citizen citizen : citizens) {
      for (Citizen.JobGoal goal : citizen.jobGoals()) {
        if (goal.occupationCode() != null) {
          citizensByOccupation.computeIfAbsent(goal.occupationCode(), k -> new HashSet<>()).add(citizen.id());
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Company company : companies) {
      if (company.deactivated() || recentlyContacted.contains(company.id()) || company.partialTasks() == null) {
        continue;
      }
      Set<String> served = new HashSet<>();
      Map<String, Integer> perOccupation = new TreeMap<>();
      for (Company.PartialTask task : company.partialTasks()) {
        Set<String> wanting = citizensByOccupation.get(task.occupationCode());
        if (wanting != null) {
          served.addAll(wanting);
          perOccupation.put(task.occupationCode(), wanting.size());
        }
      }
      if (!served.isEmpty()) {
        List<Demand> demands = perOccupation.entrySet().stream().map(e -> new Demand(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingInt((Demand d) -> -d.citizens()).thenComparing(Demand::occupationCode)).toList();
        candidates.add(new Candidate(company, served.size(), demands));
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.citizens())
        .thenComparing(c -> c.company().name(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(c -> c.company().id()));
    return new OutreachList(candidates.size(), List.copyOf(candidates.subList(0, Math.min(limit, candidates.size()))));
  }
}

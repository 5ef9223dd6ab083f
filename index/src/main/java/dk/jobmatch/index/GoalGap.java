package dk.jobmatch.index;

import java.time.LocalDate;
import java.util.List;

/**
 * Why one citizen has too few acceptable places in their goal occupation: how many companies with a
 * task in it pass every hard rule ({@code acceptableCompanies}, counted up to the number asked for),
 * whether the index holds the occupation at all, and the companies in reach (the commute radius and
 * the near misses' extra kilometres) kept out by exactly one rule, each with what would open it.
 * {@code blockedBySeveral} counts the companies in reach that break more than one rule.
 */
public record GoalGap(int acceptableCompanies, boolean occupationIndexed, List<BlockedCompany> blocked,
    int blockedBySeveral) {

  public GoalGap {
    blocked = List.copyOf(blocked);
  }

  /**
   * A company with a task in the goal occupation kept out by {@code rule} alone, judged on its task
   * nearest to opening: {@code taskHoursMin} is that task's minimum weekly hours, {@code availableFrom}
   * the day it may be asked again (availability rules), {@code violatedNeeds} the MUST needs it
   * violates with the accommodations that would meet or neutralise each ({@link NeedOpening}).
   */
  public record BlockedCompany(String companyId, String name, String municipalityCode, double distanceKm,
      String taskId, HardRule rule, int taskHoursMin, LocalDate availableFrom, List<NeedOpening> violatedNeeds) {

    public BlockedCompany {
      violatedNeeds = List.copyOf(violatedNeeds);
    }
  }

  /**
   * A MUST need a task violates and the accommodations (vocabulary codes) whose offer would meet it:
   * those the need requires, else those that neutralise the conflicting {@code demands}; empty when
   * nothing neutralises them and only a task without the demand would do.
   */
  public record NeedOpening(String needCode, List<String> demands, List<String> accommodations) {

    public NeedOpening {
      demands = List.copyOf(demands);
      accommodations = List.copyOf(accommodations);
    }
  }
}

package dk.jobmatch.matcher.supply;

import dk.jobmatch.index.HardRule;

/**
 * What keeps a citizen from a place in their goal occupation: the rule that alone keeps out most
 * companies in reach, or why no company can be judged.
 */
enum Blocker {
  MUST_NEED, HOURS, COMMUTE_RADIUS, AVAILABILITY, NO_FREE_SEAT, EXCLUDED, SEVERAL_RULES, NO_COMPANY_NEARBY, NO_COMPANY;

  /** The blocker a company kept out by {@code rule} alone stands for. */
  static Blocker of(HardRule rule) {
    return switch (rule) {
      case MUST_NEEDS -> MUST_NEED;
      case HOURS_NOW -> HOURS;
      case COMMUTE_RADIUS -> COMMUTE_RADIUS;
      case NOT_YET_AVAILABLE, MONTHLY_LIMIT, CONTACT_LIMIT -> AVAILABILITY;
      case FREE_CAPACITY -> NO_FREE_SEAT;
      case EXCLUDED_COMPANY -> EXCLUDED;
    };
  }

  /** As the page and the Excel export name it. */
  String danish() {
    return switch (this) {
      case MUST_NEED -> "Skånehensyn (SKAL)";
      case HOURS -> "Timer";
      case COMMUTE_RADIUS -> "Transportafstand";
      case AVAILABILITY -> "Virksomheder holdt tilbage";
      case NO_FREE_SEAT -> "Ingen ledig plads";
      case EXCLUDED -> "Udelukket virksomhed";
      case SEVERAL_RULES -> "Flere forhold";
      case NO_COMPANY_NEARBY -> "Ingen virksomhed i nærheden";
      case NO_COMPANY -> "Ingen virksomhed med stillingen";
    };
  }
}

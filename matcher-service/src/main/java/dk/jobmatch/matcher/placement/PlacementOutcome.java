package dk.jobmatch.matcher.placement;

/** How a placement ended. */
public enum PlacementOutcome {
  ORDINARY_JOB,
  FLEX_JOB,
  WAGE_SUBSIDY,
  EDUCATION,
  ENDED_WITHOUT_JOB
}

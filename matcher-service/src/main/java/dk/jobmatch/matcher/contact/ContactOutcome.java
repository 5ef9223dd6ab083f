package dk.jobmatch.matcher.contact;

/** How a contact went, as the consultant judged it. */
enum ContactOutcome {
  POSITIVE,
  NEUTRAL,
  NEGATIVE,
  /** Nobody answered: a call or an e-mail that is still waiting. */
  NO_ANSWER
}

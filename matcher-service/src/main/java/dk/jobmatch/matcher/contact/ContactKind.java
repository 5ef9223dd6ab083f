package dk.jobmatch.matcher.contact;

/** How a contact with a company happened. */
enum ContactKind {
  CALL,
  VISIT,
  EMAIL,
  MEETING,
  /** A citizen or a partial task proposed to the company. */
  PROPOSAL
}

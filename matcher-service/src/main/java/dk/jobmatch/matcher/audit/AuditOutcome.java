package dk.jobmatch.matcher.audit;

/** How an audited call ended, by the class of the HTTP status it answered. */
public enum AuditOutcome {
  SUCCEEDED("Gennemført"),
  /** 4xx: not found in the caller's job centre, not allowed, or invalid. */
  REFUSED("Afvist"),
  FAILED("Fejlet"),
  /** A write whose entry was stored before it was made, and whose outcome could not be recorded after. */
  UNFINISHED("Uafsluttet");

  private final String danish;

  AuditOutcome(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }

  static AuditOutcome of(int status) {
    return status < 400 ? SUCCEEDED : status < 500 ? REFUSED : FAILED;
  }
}

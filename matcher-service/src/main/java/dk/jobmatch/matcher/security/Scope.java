package dk.jobmatch.matcher.security;

import java.util.Arrays;
import java.util.List;

/** OAuth2 scopes the API knows; a token carries them in its {@code scope} claim. Who needs which: {@link AccessRules}. */
public enum Scope {
  COMPANIES_READ("companies.read"),
  COMPANIES_WRITE("companies.write"),
  CITIZENS_READ("citizens.read"),
  CITIZENS_WRITE("citizens.write"),
  MATCHES_READ("matches.read"),
  PLACEMENTS_READ("placements.read"),
  PLACEMENTS_WRITE("placements.write"),
  /** CRM sources: their state, runs and quarantine, and starting a sync. */
  CRM_SYNC("crm.sync"),
  /** The audit log of the caller's job centre: who read or wrote which citizen's data, and when. */
  AUDIT_READ("audit.read"),
  /**
   * Operating the service, not its data: metrics, and health with its details (disk, database,
   * index, circuit breakers). Meant for monitoring and on-call staff, never for the consultant page.
   */
  OPERATIONS_READ("operations.read");

  private final String value;

  Scope(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  String authority() {
    return "SCOPE_" + value;
  }

  /** The scopes for the API's data, which consultants and integrations hold: every scope but {@link #OPERATIONS_READ}. */
  static List<Scope> dataScopes() {
    return Arrays.stream(values()).filter(scope -> scope != OPERATIONS_READ).toList();
  }
}

package dk.jobmatch.matcher.security;

import java.util.Arrays;
import java.util.stream.Collectors;

/** OAuth2 scopes the API knows; a token carries them in its {@code scope} claim. */
public enum Scope {
  COMPANIES_READ("companies.read"),
  COMPANIES_WRITE("companies.write"),
  CITIZENS_READ("citizens.read"),
  CITIZENS_WRITE("citizens.write"),
  MATCHES_READ("matches.read"),
  PLACEMENTS_READ("placements.read"),
  PLACEMENTS_WRITE("placements.write");

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

  /** The authorities of every scope: for calls any of them allows. */
  static String[] authoritiesOfAll() {
    return Arrays.stream(values()).map(Scope::authority).toArray(String[]::new);
  }

  /** Every scope, for messages: "companies.read, companies.write, ...". */
  static String valuesOfAll() {
    return Arrays.stream(values()).map(Scope::value).collect(Collectors.joining(", "));
  }
}

package dk.jobmatch.matcher.security;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who may call what: one ordered list of requests and the scopes that grant them. The security
 * configuration authorizes with it and the 403 names the scope from it, with the very same
 * matchers, so the message cannot disagree with the rule that refused the call. The first rule
 * that matches a request decides; a request no rule matches needs a valid token and no scope.
 */
final class AccessRules {

  /** Requests {@code matcher} accepts need any one of {@code scopes}; an empty list means open to anyone. */
  record Rule(ServerWebExchangeMatcher matcher, List<Scope> scopes) {
    boolean open() {
      return scopes.isEmpty();
    }

    /** The scopes that grant this rule's calls, for messages: "companies.read or companies.write". */
    String grantedBy() {
      return scopes.stream().map(Scope::value).collect(Collectors.joining(" or "));
    }
  }

  static final AccessRules API = new AccessRules(List.of(
      // Probes and the build's info: anyone, so Kubernetes and load balancers need no token. What
      // health shows beyond its status is limited to operations.read in application.yaml.
      open(null, "/actuator/health", "/actuator/health/**", "/actuator/info"),
      rule(null, List.of("/actuator", "/actuator/**"), Scope.OPERATIONS_READ),
      open(HttpMethod.GET, "/openapi.yaml"),
      open(HttpMethod.POST, DevTokenController.PATH),
      // The consultant page and its start-up configuration: no personal data, signs in itself.
      open(HttpMethod.GET, "/", "/index.html", "/app/**", "/page/config", "/favicon.ico"),
      // Reference data: any consultant's or integration's token will do, whatever it is for.
      rule(HttpMethod.GET, List.of("/occupations"), Scope.dataScopes().toArray(Scope[]::new)),
      rule(HttpMethod.GET, List.of("/citizens/*/matches", "/companies/*/tasks/*/candidates"), Scope.MATCHES_READ),
      rule(HttpMethod.GET, List.of("/citizens", "/citizens/**"), Scope.CITIZENS_READ, Scope.CITIZENS_WRITE),
      rule(null, List.of("/citizens", "/citizens/**"), Scope.CITIZENS_WRITE),
      // Companies and their contact log (/companies/{id}/contacts/**): read with companies.read, write with companies.write.
      rule(HttpMethod.GET, List.of("/companies", "/companies/**"), Scope.COMPANIES_READ, Scope.COMPANIES_WRITE),
      rule(null, List.of("/companies", "/companies/**"), Scope.COMPANIES_WRITE),
      // The outreach list is company data: the company scopes.
      rule(HttpMethod.GET, List.of("/outreach"), Scope.COMPANIES_READ, Scope.COMPANIES_WRITE),
      // The open next steps of the contact log, across companies: company data, so the company scopes.
      rule(HttpMethod.GET, List.of("/contacts", "/contacts/**"), Scope.COMPANIES_READ, Scope.COMPANIES_WRITE),
      rule(null, List.of("/contacts", "/contacts/**"), Scope.COMPANIES_WRITE),
      // A CRM pushing changes signs the body with its source's secret instead of sending a token.
      open(HttpMethod.POST, "/crm-sources/*/webhook"),
      rule(null, List.of("/crm-sources", "/crm-sources/**"), Scope.CRM_SYNC),
      // The audit log and its export: for the job centre's auditors, before the exports' own rule.
      rule(HttpMethod.GET, List.of("/audit-log", "/exports/audit-log.csv"), Scope.AUDIT_READ),
      // The supply gap is made of the job centre's matches: read with matches.read, as the matches are.
      rule(HttpMethod.GET, List.of("/supply-gap", "/exports/supply-gap.csv"), Scope.MATCHES_READ),
      // Placements, team figures and exports: read with placements.read, write with placements.write.
      rule(HttpMethod.GET, List.of("/placements", "/placements/**", "/figures", "/teams", "/exports/**"),
          Scope.PLACEMENTS_READ, Scope.PLACEMENTS_WRITE),
      rule(null, List.of("/placements", "/placements/**"), Scope.PLACEMENTS_WRITE)));

  private final List<Rule> rules;

  private AccessRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  List<Rule> rules() {
    return rules;
  }

  /** Authorizes every request by the first matching rule; anything else needs a valid token. */
  void authorize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
    for (Rule rule : rules) {
      if (rule.open()) {
        exchanges.matchers(rule.matcher()).permitAll();
      } else {
        exchanges.matchers(rule.matcher()).hasAnyAuthority(rule.scopes().stream().map(Scope::authority).toArray(String[]::new));
      }
    }
    exchanges.anyExchange().authenticated();
  }

  /** The rule that decides {@code exchange}, as {@link #authorize} applies them. */
  Mono<Optional<Rule>> ruleFor(ServerWebExchange exchange) {
    return Flux.fromIterable(rules)
        .concatMap(rule -> rule.matcher().matches(exchange)
            .filter(ServerWebExchangeMatcher.MatchResult::isMatch)
            .map(match -> rule))
        .next()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }

  private static Rule open(HttpMethod method, String... patterns) {
    return new Rule(matcher(method, patterns), List.of());
  }

  private static Rule rule(HttpMethod method, List<String> patterns, Scope... scopes) {
    return new Rule(matcher(method, patterns.toArray(String[]::new)), Arrays.asList(scopes));
  }

  private static ServerWebExchangeMatcher matcher(HttpMethod method, String... patterns) {
    return method == null ? pathMatchers(patterns) : pathMatchers(method, patterns);
  }
}

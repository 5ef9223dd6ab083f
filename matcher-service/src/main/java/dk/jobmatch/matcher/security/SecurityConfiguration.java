package dk.jobmatch.matcher.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.time.Clock;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth2 resource server: every API call needs a JWT with the scope for what it does
 * ({@link AccessRules}). Production trusts the issuer configured in
 * {@code spring.security.oauth2.resourceserver.jwt.*}; the embedded default trusts the development
 * key of {@link DevTokenConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {
  /** Verified tokens remembered: far more than the consultants signed in at once. */
  private static final int REMEMBERED_TOKENS = 10_000;

  /**
   * Spring Security would observe every one of its filters, the authentication and the authorization
   * of each request (a dozen observations and their timers per call, more CPU than the token check);
   * the HTTP server's own observation of each request ({@code http.server.requests}) stays.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, JsonMapper json, ReactiveJwtDecoder jwtDecoder) {
    ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json, AccessRules.API);
    return http
        // Left stateful on purpose, for now: with NoOp security-context repository and request cache
        // the web session looked up on every request (two thread switches) would go, but answers then
        // complete inside the read of the request, and Reactor Netty 1.3.7 stops reading a kept-alive
        // connection after such an answer now and then (docs/benchmarks.md, "The HTTP path").
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .authorizeExchange(AccessRules.API::authorize)
        .oauth2ResourceServer(oauth -> oauth
            // The system clock, as the decoder's own expiry check uses.
            .jwt(jwt -> jwt.jwtDecoder(new RememberedJwts(jwtDecoder, Clock.systemUTC(), REMEMBERED_TOKENS)))
            .authenticationEntryPoint(problems.entryPoint())
            .accessDeniedHandler(problems.accessDenied()))
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(problems.entryPoint())
            .accessDeniedHandler(problems.accessDenied()))
        .build();
  }

  /** Picked up by Spring Security's filter chain proxy for requests its firewall refuses (400). */
  @Bean
  ServerExchangeRejectedHandler problemOnRejectedRequest(JsonMapper json) {
    return new ProblemSecurityHandlers(json, AccessRules.API).rejected();
  }
}

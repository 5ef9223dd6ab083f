package dk.jobmatch.matcher.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.time.Clock;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth2 resource server: every API call needs a JWT with the scope for what it does. Production
 * trusts the issuer configured in {@code spring.security.oauth2.resourceserver.jwt.*}; the embedded
 * default trusts the development key of {@link DevTokenConfiguration}.
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
    ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
    return http
        // Every call carries its token and nothing is kept between calls. Spring Security's defaults
        // would look up (and so create) a web session on every request, to load a security context
        // and a saved request from it: a random id and two thread switches per call, for nothing.
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .authorizeExchange(exchange -> exchange
            .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .pathMatchers(HttpMethod.GET, "/openapi.yaml").permitAll()
            .pathMatchers(HttpMethod.POST, DevTokenController.PATH).permitAll()
            // The consultant page and its start-up configuration: no personal data, signs in itself.
            .pathMatchers(HttpMethod.GET, "/", "/index.html", "/app/**", "/page/config", "/favicon.ico").permitAll()
            // Reference data: any consultant's token will do, whatever it is for.
            .pathMatchers(HttpMethod.GET, "/occupations").hasAnyAuthority(Scope.authoritiesOfAll())
            .pathMatchers(HttpMethod.GET, "/citizens/*/matches", "/companies/*/tasks/*/candidates")
                .hasAuthority(Scope.MATCHES_READ.authority())
            .pathMatchers(HttpMethod.GET, "/citizens", "/citizens/**")
                .hasAnyAuthority(Scope.CITIZENS_READ.authority(), Scope.CITIZENS_WRITE.authority())
            .pathMatchers("/citizens", "/citizens/**").hasAuthority(Scope.CITIZENS_WRITE.authority())
            .pathMatchers(HttpMethod.GET, "/companies", "/companies/**")
                .hasAnyAuthority(Scope.COMPANIES_READ.authority(), Scope.COMPANIES_WRITE.authority())
            .pathMatchers("/companies", "/companies/**").hasAuthority(Scope.COMPANIES_WRITE.authority())
            // A CRM pushing changes signs the body with its source's secret instead of sending a token.
            .pathMatchers(HttpMethod.POST, "/crm-sources/*/webhook").permitAll()
            .pathMatchers("/crm-sources", "/crm-sources/**").hasAuthority(Scope.CRM_SYNC.authority())
            // Placements, team figures and exports: read with placements.read, write with placements.write.
            .pathMatchers(HttpMethod.GET, "/placements", "/placements/**", "/figures", "/teams", "/exports/**")
                .hasAnyAuthority(Scope.PLACEMENTS_READ.authority(), Scope.PLACEMENTS_WRITE.authority())
            .pathMatchers("/placements", "/placements/**").hasAuthority(Scope.PLACEMENTS_WRITE.authority())
            .anyExchange().authenticated())
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
}

package dk.jobmatch.matcher.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth2 resource server: every API call needs a JWT with the scope for what it does. Production
 * trusts the issuer configured in {@code spring.security.oauth2.resourceserver.jwt.*}; the embedded
 * default trusts the development key of {@link DevTokenConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

  @Bean
  SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, JsonMapper json) {
    ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
    return http
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
            .jwt(jwt -> {})
            .authenticationEntryPoint(problems.entryPoint())
            .accessDeniedHandler(problems.accessDenied()))
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(problems.entryPoint())
            .accessDeniedHandler(problems.accessDenied()))
        .build();
  }
}

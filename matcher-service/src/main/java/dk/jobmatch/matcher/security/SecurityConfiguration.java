package dk.jobmatch.matcher.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
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

  @Bean
  SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, JsonMapper json) {
    ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json, AccessRules.API);
    return http
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .authorizeExchange(AccessRules.API::authorize)
        .oauth2ResourceServer(oauth -> oauth
            .jwt(jwt -> {})
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

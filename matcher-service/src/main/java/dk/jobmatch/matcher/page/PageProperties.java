package dk.jobmatch.matcher.page;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the consultant page signs in when a production issuer is configured: the OpenID Connect
 * client registered for the page (a public client: authorization code with PKCE, no secret). A blank
 * issuer means the API's own, {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 */
@ConfigurationProperties("matcher.page.oidc")
public record PageProperties(
    @DefaultValue("") String issuer,
    @DefaultValue("") String clientId,
    @DefaultValue("openid companies.read companies.write citizens.read citizens.write matches.read placements.read placements.write") String scope) {}

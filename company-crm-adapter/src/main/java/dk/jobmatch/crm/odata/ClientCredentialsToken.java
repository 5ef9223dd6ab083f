package dk.jobmatch.crm.odata;

import dk.jobmatch.crm.remote.CrmHttp;
import dk.jobmatch.crm.remote.CrmRefused;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OAuth2 access token from the client-credentials grant, kept until shortly before it expires
 * and fetched again after the CRM answers 401. Called inside the connector's resilient call, so
 * the token request has the same time limit, retry and circuit breaker as the data request.
 */
public final class ClientCredentialsToken {
  private static final Duration EARLY = Duration.ofSeconds(60);

  private final CrmHttp http;
  private final URI tokenUri;
  private final String clientId;
  private final String clientSecret;
  private final String scope;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();
  private final AtomicReference<Token> current = new AtomicReference<>();

  public ClientCredentialsToken(CrmHttp http, URI tokenUri, String clientId, String clientSecret, String scope, Clock clock) {
    this.http = http;
    this.tokenUri = tokenUri;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scope = scope;
    this.clock = clock;
  }

  public Mono<String> value() {
    Token token = current.get();
    if (token != null && clock.instant().isBefore(token.expires())) {
      return Mono.just(token.value());
    }
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "client_credentials");
    form.add("client_id", clientId);
    form.add("client_secret", clientSecret);
    if (scope != null && !scope.isBlank()) {
      form.add("scope", scope);
    }
    return http.postForm(tokenUri, form).map(response -> {
      Token fresh = parse(response.body());
      current.set(fresh);
      return fresh.value();
    });
  }

  /** The CRM no longer accepts the token: the next call fetches a new one. */
  public void forget() {
    current.set(null);
  }

  private Token parse(String body) {
    try {
      JsonNode node = json.readTree(body);
      JsonNode token = node.get("access_token");
      if (token == null || !token.isString()) {
        throw new CrmRefused("token response has no access_token", 200);
      }
      JsonNode expiresIn = node.get("expires_in");
      long seconds = expiresIn != null && expiresIn.isNumber() ? expiresIn.longValue() : 300;
      Duration life = Duration.ofSeconds(seconds);
      Instant expires = clock.instant().plus(life.compareTo(EARLY.multipliedBy(2)) > 0 ? life.minus(EARLY) : life.dividedBy(2));
      return new Token(token.stringValue(), expires);
    } catch (JacksonException e) {
      throw new CrmRefused("token response is not JSON", 200);
    }
  }

  private record Token(String value, Instant expires) {}
}

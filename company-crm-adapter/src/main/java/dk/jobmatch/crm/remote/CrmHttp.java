package dk.jobmatch.crm.remote;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * Plain HTTP to a CRM (no resilience here; {@link ResilientCalls} wraps each call): turns status
 * codes into {@link CrmUnavailable}, {@link CrmUnauthorized} or {@link CrmRefused}. Bodies are read
 * as text so a page that is not valid JSON can be quarantined with what the parser said.
 */
public final class CrmHttp {
  private final WebClient client;
  private final Clock clock;

  public CrmHttp(Duration connectTimeout, int maxBodyBytes, Clock clock) {
    HttpClient jdk = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.client = WebClient.builder()
        .clientConnector(new JdkClientHttpConnector(jdk))
        .codecs(c -> c.defaultCodecs().maxInMemorySize(maxBodyBytes))
        .build();
    this.clock = clock;
  }

  public Mono<CrmResponse> get(URI uri, Consumer<HttpHeaders> headers) {
    return client.method(HttpMethod.GET).uri(uri)
        .headers(headers)
        .accept(MediaType.APPLICATION_JSON)
        .exchangeToMono(this::read)
        .onErrorMap(WebClientRequestException.class, e -> unreachable(uri, e));
  }

  public Mono<CrmResponse> postForm(URI uri, MultiValueMap<String, String> form) {
    return client.method(HttpMethod.POST).uri(uri)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .accept(MediaType.APPLICATION_JSON)
        .body(BodyInserters.fromFormData(form))
        .exchangeToMono(this::read)
        .onErrorMap(WebClientRequestException.class, e -> unreachable(uri, e));
  }

  private Mono<CrmResponse> read(ClientResponse response) {
    int status = response.statusCode().value();
    return response.bodyToMono(String.class).defaultIfEmpty("").flatMap(body -> {
      if (status >= 200 && status < 300) {
        return Mono.just(new CrmResponse(status, response.headers().asHttpHeaders(), body));
      }
      String where = response.request() == null ? "" : " from " + path(response.request().getURI());
      if (status == 401) {
        return Mono.error(new CrmUnauthorized("401" + where));
      }
      if (status == 429 || status == 408 || status >= 500) {
        return Mono.error(new CrmUnavailable(status + where, status,
            RetryAfter.parse(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER), clock), null));
      }
      return Mono.error(new CrmRefused(status + where, status));
    });
  }

  private static CrmUnavailable unreachable(URI uri, Exception e) {
    return new CrmUnavailable("no answer from " + path(uri) + ": " + e.getClass().getSimpleName(), 0, null, e);
  }

  /** Path only: query strings may carry filters we do not want in logs or run history. */
  private static String path(URI uri) {
    return uri.getHost() + ":" + uri.getPort() + uri.getPath();
  }
}

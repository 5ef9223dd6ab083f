package dk.jobmatch.matcher.page;

import dk.jobmatch.index.occupation.OccupationCatalog;
import dk.jobmatch.index.vocabulary.NeedRule;
import dk.jobmatch.index.vocabulary.Term;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.index.vocabulary.WishRule;
import dk.jobmatch.matcher.reference.Municipalities;
import dk.jobmatch.matcher.security.DevTokens;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the consultant page at {@code /} and its start-up configuration at {@code /page/config}.
 * Scripts and styles are plain files under {@code classpath:/static/app}, served by WebFlux's
 * static resource handling; nothing is loaded from another host, which the page's Content Security
 * Policy enforces (only the OpenID Connect issuer is reachable, for the token exchange).
 */
@Configuration(proxyBeanMethods = false)
class ConsultantPageRoutes {
  static final String CONFIG_PATH = "/page/config";

  private final PageConfig config;

  ConsultantPageRoutes(PageProperties properties, ObjectProvider<DevTokens> devTokens, OccupationCatalog occupations,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String apiIssuer) {
    boolean development = devTokens.getIfAvailable() != null;
    String issuer = properties.issuer().isBlank() ? apiIssuer : properties.issuer();
    this.config = new PageConfig(
        development ? PageConfig.DEVELOPMENT : PageConfig.OPENID_CONNECT,
        development ? null : issuer,
        development ? null : properties.clientId(),
        properties.scope(),
        Municipalities.bundled().all().stream()
            .map(m -> new PageConfig.JobCentre(m.code(), m.name(), m.centre().lat(), m.centre().lon()))
            .sorted(Comparator.comparing(PageConfig.JobCentre::name))
            .toList(),
        labels(Vocabulary.bundled(), occupations));
  }

  @Bean
  RouterFunction<ServerResponse> consultantPage() {
    ClassPathResource page = new ClassPathResource("static/index.html");
    String policy = contentSecurityPolicy(config.issuer());
    return RouterFunctions.route()
        .GET("/", request -> ServerResponse.ok()
            .contentType(MediaType.TEXT_HTML)
            .header("Content-Security-Policy", policy)
            .header("Referrer-Policy", "no-referrer")
            .bodyValue(page))
        // The same page under its file name would miss the policy header: send it to / instead.
        .GET("/index.html", request -> ServerResponse.permanentRedirect(URI.create("/")).build())
        .GET(CONFIG_PATH, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(config))
        .build();
  }

  /** Everything from this service; the issuer only for the token exchange (fetch) after the redirect. */
  static String contentSecurityPolicy(String issuer) {
    String issuerOrigin = "";
    if (issuer != null && !issuer.isBlank()) {
      URI uri = URI.create(issuer);
      issuerOrigin = " " + uri.getScheme() + "://" + uri.getAuthority();
    }
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'" + issuerOrigin + "; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'";
  }

  private static Map<String, Map<String, String>> labels(Vocabulary vocabulary, OccupationCatalog occupations) {
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    labels.put("needs", danish(vocabulary.needs(), NeedRule::danish));
    labels.put("demands", danish(vocabulary.demands(), Term::danish));
    labels.put("accommodations", danish(vocabulary.accommodations(), Term::danish));
    labels.put("wishes", danish(vocabulary.wishes(), WishRule::danish));
    // The page names a CV's occupation by its code ("uddannet til lagermedarbejder"); the catalogue is small.
    Map<String, String> titles = new LinkedHashMap<>();
    occupations.all().forEach(o -> titles.put(o.code(), o.titleDa()));
    labels.put("occupations", titles);
    return labels;
  }

  private static <T> Map<String, String> danish(Map<String, T> terms, Function<T, String> label) {
    Map<String, String> out = new LinkedHashMap<>();
    terms.forEach((code, term) -> out.put(code, label.apply(term)));
    return out;
  }
}

package dk.jobmatch.matcher.crm;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * CRM sources under {@code matcher.crm.sources.<id>}; none by default. Checked at start: a source
 * that cannot work (no base URL, a Dynamics source without its OAuth2 client) stops the service
 * with a message naming the property.
 *
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a CRM asking for more is retried after this
 * @param lease how long a run holds its source before another run may take over (a replica that died mid-run)
 */
@ConfigurationProperties("matcher.crm")
public record CrmProperties(Map<String, Source> sources, Duration maxRetryAfter, Duration lease) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public CrmProperties {
    sources = sources == null ? Map.of() : new TreeMap<>(sources);
    maxRetryAfter = maxRetryAfter == null ? Duration.ofMinutes(2) : maxRetryAfter;
    lease = lease == null ? Duration.ofMinutes(30) : lease;
    sources.forEach(CrmProperties::check);
  }

  /** What kind of CRM a source is. */
  public enum Kind { DYNAMICS, FEED }

  /**
   * One source. {@code fields}, {@code codeTables} and {@code activeValue} override the kind's
   * default mapping (see {@code FieldMapping}); {@code resilience} names the Resilience4j
   * configuration ({@code resilience4j.*.configs.<name>}) its calls use.
   */
  public record Source(
      Kind kind,
      URI baseUrl,
      String entitySet,
      URI tokenUri,
      String clientId,
      String clientSecret,
      String scope,
      String apiKey,
      Integer pageSize,
      Duration schedule,
      Duration initialDelay,
      String webhookSecret,
      Map<String, String> fields,
      Map<String, Map<String, String>> codeTables,
      String activeValue,
      String resilience) {

    public Source {
      entitySet = entitySet == null ? "accounts" : entitySet;
      pageSize = pageSize == null ? 100 : pageSize;
      schedule = schedule == null ? Duration.ofMinutes(15) : schedule;
      initialDelay = initialDelay == null ? Duration.ofMinutes(1) : initialDelay;
      fields = fields == null ? Map.of() : Map.copyOf(fields);
      codeTables = codeTables == null ? Map.of() : Map.copyOf(codeTables);
      resilience = resilience == null ? "crm" : resilience;
    }
  }

  private static void check(String id, Source s) {
    String at = "matcher.crm.sources." + id;
    if (!ID.matcher(id).matches()) {
      throw new IllegalStateException(at + ": a source id is 1-40 lower-case letters, digits and dashes");
    }
    if (s.kind() == null) {
      throw new IllegalStateException(at + ".kind must be DYNAMICS or FEED");
    }
    if (s.baseUrl() == null || s.baseUrl().getHost() == null) {
      throw new IllegalStateException(at + ".base-url must be an absolute URL");
    }
    if (s.kind() == Kind.DYNAMICS && (s.tokenUri() == null || s.clientId() == null || s.clientSecret() == null)) {
      throw new IllegalStateException(at + ": a DYNAMICS source needs token-uri, client-id and client-secret (OAuth2 client credentials)");
    }
    if (s.pageSize() < 1 || s.pageSize() > 5000) {
      throw new IllegalStateException(at + ".page-size must be between 1 and 5000");
    }
    if (s.schedule().isNegative() || s.schedule().isZero()) {
      throw new IllegalStateException(at + ".schedule must be positive, e.g. 15m");
    }
    try {
      s.fields().keySet().forEach(dk.jobmatch.crm.mapping.CrmField::ofKey);
      s.codeTables().keySet().forEach(dk.jobmatch.crm.mapping.CrmField::ofKey);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(at + ".fields / code-tables: unknown field key; known: "
          + java.util.Arrays.stream(dk.jobmatch.crm.mapping.CrmField.values()).map(dk.jobmatch.crm.mapping.CrmField::key).toList());
    }
  }
}

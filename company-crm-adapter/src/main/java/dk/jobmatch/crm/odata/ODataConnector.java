package dk.jobmatch.crm.odata;

import dk.jobmatch.crm.Checkpoint;
import dk.jobmatch.crm.CrmConnector;
import dk.jobmatch.crm.CrmPage;
import dk.jobmatch.crm.mapping.CrmField;
import dk.jobmatch.crm.mapping.FieldMapping;
import dk.jobmatch.crm.remote.CrmHttp;
import dk.jobmatch.crm.remote.CrmRefused;
import dk.jobmatch.crm.remote.CrmUnauthorized;
import dk.jobmatch.crm.remote.ResilientCalls;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads companies from a Dynamics 365-style OData Web API: the first page of a run is
 * <pre>
 * GET {root}/accounts?$select=accountid,name,...&amp;$filter=modifiedon gt 2026-11-01T10:00:00Z
 *     &amp;$orderby=modifiedon asc&amp;$expand=contact_customer_accounts($select=...),jm_account_jm_opening($select=...)
 * Prefer: odata.maxpagesize=100
 * </pre>
 * and the next pages follow {@code @odata.nextLink}, which the server builds; it is followed only
 * when it points at the same host as the configured root (a link elsewhere would send our token
 * there). Contacts and openings come expanded into each account, so a page is one request. Field
 * names come from the {@link FieldMapping}.
 */
public final class ODataConnector implements CrmConnector {
  private final ODataSettings settings;
  private final CrmHttp http;
  private final ClientCredentialsToken token;
  private final ResilientCalls calls;
  private final JsonMapper json = JsonMapper.builder().build();

  public ODataConnector(ODataSettings settings, CrmHttp http, ClientCredentialsToken token, ResilientCalls calls) {
    this.settings = settings;
    this.http = http;
    this.token = token;
    this.calls = calls;
  }

  @Override
  public Mono<CrmPage> page(Checkpoint checkpoint) {
    URI uri = checkpoint.interrupted() ? sameHost(checkpoint.resumeAt()) : firstPage(checkpoint.since());
    return calls.call(() -> token.value()
            .flatMap(bearer -> http.get(uri, h -> {
              h.setBearerAuth(bearer);
              h.set("Prefer", "odata.maxpagesize=" + settings.pageSize());
              h.set("OData-Version", "4.0");
              h.set("OData-MaxVersion", "4.0");
            }))
            .doOnError(CrmUnauthorized.class, e -> token.forget()))
        .map(response -> read(uri, response.body()));
  }

  URI firstPage(String since) {
    FieldMapping m = settings.mapping();
    UriComponentsBuilder b = UriComponentsBuilder.fromUri(settings.apiRoot()).pathSegment(settings.entitySet())
        .queryParam("$select", select(m, CrmField.EXTERNAL_ID, CrmField.VERSION, CrmField.MODIFIED, CrmField.ACTIVE,
            CrmField.CVR, CrmField.NAME, CrmField.ADDRESS, CrmField.MUNICIPALITY_CODE, CrmField.LATITUDE,
            CrmField.LONGITUDE, CrmField.INDUSTRY_CODE));
    String modified = m.name(CrmField.MODIFIED);
    if (since != null) {
      b.queryParam("$filter", modified + " gt " + since);
    }
    b.queryParam("$orderby", modified + " asc");
    List<String> expand = new ArrayList<>();
    if (m.name(CrmField.CONTACTS) != null) {
      expand.add(m.name(CrmField.CONTACTS) + "($select=" + select(m, CrmField.CONTACT_NAME, CrmField.CONTACT_ROLE,
          CrmField.CONTACT_EMAIL, CrmField.CONTACT_PHONE) + ")");
    }
    if (m.name(CrmField.OPENINGS) != null) {
      expand.add(m.name(CrmField.OPENINGS) + "($select=" + select(m, CrmField.OPENING_ID, CrmField.OPENING_TITLE,
          CrmField.OPENING_DESCRIPTION, CrmField.OPENING_OCCUPATION_CODE, CrmField.OPENING_HOURS_MIN,
          CrmField.OPENING_HOURS_MAX, CrmField.OPENING_CAPACITY, CrmField.OPENING_PAID_HOURS) + ")");
    }
    if (!expand.isEmpty()) {
      b.queryParam("$expand", String.join(",", expand));
    }
    return b.encode().build().toUri();
  }

  private static String select(FieldMapping m, CrmField... fields) {
    Set<String> names = Stream.of(fields).map(m::name).filter(Objects::nonNull)
        .filter(n -> !n.startsWith("@")).collect(Collectors.toCollection(LinkedHashSet::new));
    return String.join(",", names);
  }

  private URI sameHost(String link) {
    URI uri = URI.create(link);
    URI root = settings.apiRoot();
    if (!Objects.equals(uri.getScheme(), root.getScheme()) || !Objects.equals(uri.getHost(), root.getHost())
        || uri.getPort() != root.getPort()) {
      throw new CrmRefused("@odata.nextLink points at another host than " + root.getHost(), 0);
    }
    return uri;
  }

  private CrmPage read(URI uri, String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JacksonException e) {
      return new CrmPage.Unreadable(uri.getPath(), "malformed JSON: " + e.getOriginalMessage(), null);
    }
    JsonNode value = root == null ? null : root.get("value");
    if (value == null || !value.isArray()) {
      return new CrmPage.Unreadable(uri.getPath(), "no 'value' array in the OData response", null);
    }
    JsonNode next = root.get("@odata.nextLink");
    List<JsonNode> records = new ArrayList<>();
    value.values().forEach(records::add);
    String nextLink = next != null && next.isString() ? next.stringValue() : null;
    if (nextLink != null) {
      sameHost(nextLink);
    }
    return new CrmPage.Read(records, nextLink);
  }
}

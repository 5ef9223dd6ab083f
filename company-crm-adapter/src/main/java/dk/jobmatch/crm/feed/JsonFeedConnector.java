package dk.jobmatch.crm.feed;

import dk.jobmatch.crm.Checkpoint;
import dk.jobmatch.crm.CrmConnector;
import dk.jobmatch.crm.CrmPage;
import dk.jobmatch.crm.remote.CrmHttp;
import dk.jobmatch.crm.remote.ResilientCalls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the generic JSON feed ({@code crm-feed.yaml}):
 * {@code GET {baseUrl}/companies?updatedSince=...&cursor=...&limit=...} answers
 * {@code {"items": [...], "nextCursor": "..."}} with the cursor also in the {@code X-Next-Cursor}
 * header, so a page whose body cannot be read can be quarantined and the sync go on after it.
 */
public final class JsonFeedConnector implements CrmConnector {
  public static final String NEXT_CURSOR_HEADER = "X-Next-Cursor";

  private final FeedSettings settings;
  private final CrmHttp http;
  private final ResilientCalls calls;
  private final JsonMapper json = JsonMapper.builder().build();

  public JsonFeedConnector(FeedSettings settings, CrmHttp http, ResilientCalls calls) {
    this.settings = settings;
    this.http = http;
    this.calls = calls;
  }

  @Override
  public Mono<CrmPage> page(Checkpoint checkpoint) {
    UriComponentsBuilder b = UriComponentsBuilder.fromUri(settings.baseUrl()).pathSegment("companies")
        .queryParam("limit", settings.pageSize());
    if (checkpoint.since() != null) {
      b.queryParam("updatedSince", checkpoint.since());
    }
    if (checkpoint.resumeAt() != null) {
      b.queryParam("cursor", checkpoint.resumeAt());
    }
    URI uri = b.build().encode().toUri();
    String where = checkpoint.resumeAt() == null ? "first page" : "cursor " + checkpoint.resumeAt();
    return calls.call(() -> http.get(uri, h -> {
          if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            h.setBearerAuth(settings.apiKey());
          }
        }))
        .map(response -> read(where, response.body(), response.headers().getFirst(NEXT_CURSOR_HEADER)));
  }

  private CrmPage read(String where, String body, String headerCursor) {
    String next = headerCursor == null || headerCursor.isBlank() ? null : headerCursor;
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JacksonException e) {
      return new CrmPage.Unreadable(where, "malformed JSON: " + e.getOriginalMessage(), next);
    }
    JsonNode items = root == null ? null : root.get("items");
    if (items == null || !items.isArray()) {
      return new CrmPage.Unreadable(where, "no 'items' array in the feed page", next);
    }
    JsonNode cursor = root.get("nextCursor");
    if (cursor != null && cursor.isString() && !cursor.stringValue().isBlank()) {
      next = cursor.stringValue();
    }
    List<JsonNode> records = new ArrayList<>();
    items.values().forEach(records::add);
    return new CrmPage.Read(records, next);
  }
}

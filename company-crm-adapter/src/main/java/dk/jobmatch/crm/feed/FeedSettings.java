package dk.jobmatch.crm.feed;

import dk.jobmatch.crm.mapping.FieldMapping;
import java.net.URI;

/** One JSON feed source: its base URL (we call {@code {baseUrl}/companies}), its API key (sent as bearer) and the page size asked for. */
public record FeedSettings(URI baseUrl, String apiKey, int pageSize, FieldMapping mapping) {}

package dk.jobmatch.crm.sync;

import java.time.Instant;

/**
 * A CRM record or page that could not be synced, with the reason and an excerpt of what the CRM
 * sent (so someone can fix it in the CRM). {@code externalId} is null for an unreadable page.
 */
public record QuarantinedRecord(String sourceId, String externalId, String where, String reason, String excerpt, Instant at) {
  public static final int EXCERPT_CHARS = 2000;

  public static String excerpt(String raw) {
    if (raw == null) {
      return null;
    }
    return raw.length() <= EXCERPT_CHARS ? raw : raw.substring(0, EXCERPT_CHARS) + "...";
  }
}

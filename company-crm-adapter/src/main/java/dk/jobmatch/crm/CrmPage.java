package dk.jobmatch.crm;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** One page from a CRM: records to map, or a body that could not be read. */
public sealed interface CrmPage {

  /** Where the next page is (a link or cursor), or null on the last page. */
  String next();

  /** A readable page, its records in the CRM's order. */
  record Read(List<JsonNode> records, String next) implements CrmPage {
    public Read {
      records = List.copyOf(records);
    }
  }

  /** A page whose body was not valid JSON; {@code next} is known only when the CRM also sent it in a header. */
  record Unreadable(String where, String reason, String next) implements CrmPage {}
}

package dk.jobmatch.crm.support;

import dk.jobmatch.feed.model.FeedCompany;
import dk.jobmatch.feed.model.FeedCompanyLocation;
import dk.jobmatch.feed.model.FeedContact;
import dk.jobmatch.feed.model.FeedOpening;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builders of CRM records in the two shapes we read: Dynamics accounts and JSON feed companies. */
public final class CrmRecords {
  public static final JsonMapper JSON = JsonMapper.builder().build();
  /** CVR numbers with a valid modulus-11 check digit. */
  public static final List<String> VALID_CVRS = List.of("12345607", "12345674", "12345747", "12345887", "12346026",
      "12346093", "12346166", "12346239", "12346301", "12346379", "12346441", "12346514");

  private CrmRecords() {}

  public static AccountBuilder anAccount(int n) {
    return new AccountBuilder(n);
  }

  public static FeedCompanyBuilder aFeedCompany(int n) {
    return new FeedCompanyBuilder(n);
  }

  /** A Dynamics 365 account with contacts and openings expanded, as the OData Web API returns it. */
  public static final class AccountBuilder {
    private final ObjectNode node = JSON.createObjectNode();
    private final ArrayNode openings = JSON.createArrayNode();

    AccountBuilder(int n) {
      node.put("accountid", "acc-" + n);
      node.put("versionnumber", 1000 + n);
      node.put("modifiedon", String.format("2026-11-01T10:%02d:00Z", n % 60));
      node.put("statecode", 0);
      node.put("jm_cvr", VALID_CVRS.get(n % VALID_CVRS.size()));
      node.put("name", "Virksomhed " + n + " ApS");
      node.put("address1_composite", "Vej " + n + ", 2500 Valby");
      node.put("jm_municipalitycode", "101");
      node.put("address1_latitude", 55.66);
      node.put("address1_longitude", 12.51);
      node.put("jm_db07code", "521000");
      ArrayNode contacts = node.putArray("contact_customer_accounts");
      contacts.addObject().put("fullname", "Kontakt " + n).put("jobtitle", "Indehaver")
          .put("emailaddress1", "k" + n + "@example.dk").put("telephone1", "12345678");
      node.set("jm_account_jm_opening", openings);
      opening("op-" + n, "9321", 4, 12);
    }

    public AccountBuilder modifiedOn(String time) {
      node.put("modifiedon", time);
      return this;
    }

    public AccountBuilder version(long version) {
      node.put("versionnumber", version);
      return this;
    }

    public AccountBuilder named(String name) {
      node.put("name", name);
      return this;
    }

    public AccountBuilder withoutName() {
      node.remove("name");
      return this;
    }

    public AccountBuilder cvr(String cvr) {
      node.put("jm_cvr", cvr);
      return this;
    }

    public AccountBuilder industry(String code) {
      node.put("jm_db07code", code);
      return this;
    }

    public AccountBuilder set(String field, Object value) {
      node.set(field, JSON.valueToTree(value));
      return this;
    }

    public AccountBuilder inactive() {
      node.put("statecode", 1);
      return this;
    }

    public AccountBuilder opening(String id, String occupationCode, int min, int max) {
      openings.addObject().put("jm_openingid", id).put("jm_name", "Opgave " + id).put("jm_description", "Pakning")
          .put("jm_discocode", occupationCode).put("jm_weeklyhoursmin", min).put("jm_weeklyhoursmax", max)
          .put("jm_capacity", 2).put("jm_paidhourspossible", true);
      return this;
    }

    public JsonNode build() {
      return node.deepCopy();
    }
  }

  /**
   * A company of the generic JSON feed, built from the feed contract's own generated model
   * ({@code dk.jobmatch.feed.model}, from crm-feed.yaml), so a record is what a CRM generating from
   * the contract would send: {@code FeedContractTest} checks the pages against the contract itself.
   */
  public static final class FeedCompanyBuilder {
    private final FeedCompany company;

    FeedCompanyBuilder(int n) {
      company = new FeedCompany().id("c-" + n).version("v1")
          .updatedAt(OffsetDateTime.parse(String.format("2026-11-02T08:%02d:00Z", n % 60))).active(true)
          .cvr(VALID_CVRS.get(n % VALID_CVRS.size())).name("Feedvirksomhed " + n).municipalityCode("751")
          .location(new FeedCompanyLocation().lat(56.15).lon(10.2)).industryCode("471100")
          .contacts(new ArrayList<>(List.of(new FeedContact().name("Kontakt " + n).role("Leder"))))
          .openings(new ArrayList<>(List.of(new FeedOpening().id("o-" + n).title("Opfyldning").occupationCode("5223")
              .weeklyHoursMin(5).weeklyHoursMax(10).capacity(1).eligibleForPaidHours(false))));
    }

    public FeedCompanyBuilder version(String version) {
      company.version(version);
      return this;
    }

    public FeedCompanyBuilder updatedAt(String time) {
      company.updatedAt(OffsetDateTime.parse(time));
      return this;
    }

    /** Any text, also one that breaks the contract's pattern: the engine must quarantine those. */
    public FeedCompanyBuilder cvr(String cvr) {
      company.cvr(cvr);
      return this;
    }

    public FeedCompanyBuilder named(String name) {
      company.name(name);
      return this;
    }

    public FeedCompanyBuilder withoutName() {
      company.name(null);
      return this;
    }

    public FeedCompanyBuilder at(String municipalityCode, double lat, double lon) {
      company.municipalityCode(municipalityCode).location(new FeedCompanyLocation().lat(lat).lon(lon));
      return this;
    }

    public FeedCompanyBuilder deleted() {
      company.deleted(true);
      return this;
    }

    public JsonNode build() {
      return JSON.valueToTree(company);
    }
  }

  /** An OData page: {@code {"value": [...], "@odata.nextLink": next}}. */
  public static String odataPage(List<JsonNode> records, String nextLink) {
    ObjectNode page = JSON.createObjectNode();
    page.put("@odata.context", "https://crm.example/api/data/v9.2/$metadata#accounts");
    page.set("value", JSON.valueToTree(records));
    if (nextLink != null) {
      page.put("@odata.nextLink", nextLink);
    }
    return page.toString();
  }

  /** A feed page: {@code {"items": [...], "nextCursor": next}}. */
  public static String feedPage(List<JsonNode> records, String nextCursor) {
    ObjectNode page = JSON.createObjectNode();
    page.set("items", JSON.valueToTree(records));
    page.put("nextCursor", nextCursor);
    return page.toString();
  }

  public static List<JsonNode> accounts(int from, int toInclusive) {
    List<JsonNode> out = new ArrayList<>();
    for (int n = from; n <= toInclusive; n++) {
      out.add(anAccount(n).build());
    }
    return out;
  }

  public static Map<String, String> tokenResponse() {
    return Map.of("access_token", "token-1", "token_type", "Bearer");
  }
}

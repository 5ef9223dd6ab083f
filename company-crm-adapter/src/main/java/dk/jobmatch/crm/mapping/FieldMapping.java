package dk.jobmatch.crm.mapping;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which CRM field holds each {@link CrmField}, and code tables that translate a CRM's own codes
 * (e.g. a Dynamics option set value) to ours. Installations differ, so this is configuration: start
 * from {@link #dynamicsDefaults()} or {@link #feedDefaults()} and override what differs. Names may
 * be dotted paths into nested objects ({@code location.lat}).
 *
 * <p>{@code activeValue} is the value of {@link CrmField#ACTIVE} that means active (Dynamics
 * {@code statecode} 0, the feed's {@code true}); any other value deactivates the company here.
 */
public record FieldMapping(Map<CrmField, String> fields, Map<CrmField, Map<String, String>> codeTables, String activeValue) {

  public FieldMapping {
    fields = Map.copyOf(fields);
    codeTables = Map.copyOf(codeTables);
  }

  /** A Dynamics 365 account with its contacts and a custom opening entity ({@code jm_opening}) expanded. */
  public static FieldMapping dynamicsDefaults() {
    Map<CrmField, String> f = new EnumMap<>(CrmField.class);
    f.put(CrmField.EXTERNAL_ID, "accountid");
    f.put(CrmField.VERSION, "versionnumber");
    f.put(CrmField.MODIFIED, "modifiedon");
    f.put(CrmField.ACTIVE, "statecode");
    f.put(CrmField.REMOVED, "@removed");
    f.put(CrmField.CVR, "jm_cvr");
    f.put(CrmField.NAME, "name");
    f.put(CrmField.ADDRESS, "address1_composite");
    f.put(CrmField.MUNICIPALITY_CODE, "jm_municipalitycode");
    f.put(CrmField.LATITUDE, "address1_latitude");
    f.put(CrmField.LONGITUDE, "address1_longitude");
    f.put(CrmField.INDUSTRY_CODE, "jm_db07code");
    f.put(CrmField.CONTACTS, "contact_customer_accounts");
    f.put(CrmField.CONTACT_NAME, "fullname");
    f.put(CrmField.CONTACT_ROLE, "jobtitle");
    f.put(CrmField.CONTACT_EMAIL, "emailaddress1");
    f.put(CrmField.CONTACT_PHONE, "telephone1");
    f.put(CrmField.OPENINGS, "jm_account_jm_opening");
    f.put(CrmField.OPENING_ID, "jm_openingid");
    f.put(CrmField.OPENING_TITLE, "jm_name");
    f.put(CrmField.OPENING_DESCRIPTION, "jm_description");
    f.put(CrmField.OPENING_OCCUPATION_CODE, "jm_discocode");
    f.put(CrmField.OPENING_HOURS_MIN, "jm_weeklyhoursmin");
    f.put(CrmField.OPENING_HOURS_MAX, "jm_weeklyhoursmax");
    f.put(CrmField.OPENING_CAPACITY, "jm_capacity");
    f.put(CrmField.OPENING_PAID_HOURS, "jm_paidhourspossible");
    return new FieldMapping(f, Map.of(), "0");
  }

  /** The generic JSON feed's {@code FeedCompany} (openapi/src/main/resources/crm-feed.yaml). */
  public static FieldMapping feedDefaults() {
    Map<CrmField, String> f = new EnumMap<>(CrmField.class);
    f.put(CrmField.EXTERNAL_ID, "id");
    f.put(CrmField.VERSION, "version");
    f.put(CrmField.MODIFIED, "updatedAt");
    f.put(CrmField.ACTIVE, "active");
    f.put(CrmField.REMOVED, "deleted");
    f.put(CrmField.CVR, "cvr");
    f.put(CrmField.NAME, "name");
    f.put(CrmField.ADDRESS, "address");
    f.put(CrmField.MUNICIPALITY_CODE, "municipalityCode");
    f.put(CrmField.LATITUDE, "location.lat");
    f.put(CrmField.LONGITUDE, "location.lon");
    f.put(CrmField.INDUSTRY_CODE, "industryCode");
    f.put(CrmField.CONTACTS, "contacts");
    f.put(CrmField.CONTACT_NAME, "name");
    f.put(CrmField.CONTACT_ROLE, "role");
    f.put(CrmField.CONTACT_EMAIL, "email");
    f.put(CrmField.CONTACT_PHONE, "phone");
    f.put(CrmField.OPENINGS, "openings");
    f.put(CrmField.OPENING_ID, "id");
    f.put(CrmField.OPENING_TITLE, "title");
    f.put(CrmField.OPENING_DESCRIPTION, "description");
    f.put(CrmField.OPENING_OCCUPATION_CODE, "occupationCode");
    f.put(CrmField.OPENING_HOURS_MIN, "weeklyHoursMin");
    f.put(CrmField.OPENING_HOURS_MAX, "weeklyHoursMax");
    f.put(CrmField.OPENING_CAPACITY, "capacity");
    f.put(CrmField.OPENING_PAID_HOURS, "eligibleForPaidHours");
    return new FieldMapping(f, Map.of(), "true");
  }

  /**
   * These defaults with the configured overrides: {@code fields} maps keys like
   * {@code municipality-code} to CRM field names, {@code codeTables} maps a key to CRM code -> our code.
   */
  public FieldMapping overriddenBy(Map<String, String> overrides, Map<String, Map<String, String>> tables, String active) {
    Map<CrmField, String> f = new EnumMap<>(fields);
    overrides.forEach((key, name) -> f.put(CrmField.ofKey(key), name));
    Map<CrmField, Map<String, String>> t = new EnumMap<>(CrmField.class);
    t.putAll(codeTables);
    tables.forEach((key, table) -> t.put(CrmField.ofKey(key), Map.copyOf(new LinkedHashMap<>(table))));
    return new FieldMapping(f, t, active == null ? activeValue : active);
  }

  public String name(CrmField field) {
    return fields.get(field);
  }
}

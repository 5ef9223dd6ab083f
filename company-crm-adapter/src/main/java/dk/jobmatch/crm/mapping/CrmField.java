package dk.jobmatch.crm.mapping;

/** What we read from a CRM record; {@link FieldMapping} says under which name each one is found. */
public enum CrmField {
  EXTERNAL_ID, VERSION, MODIFIED, ACTIVE, REMOVED,
  CVR, NAME, ADDRESS, MUNICIPALITY_CODE, LATITUDE, LONGITUDE, INDUSTRY_CODE,
  /** The collection of contact persons inside a company record (OData: an expanded relation). */
  CONTACTS, CONTACT_NAME, CONTACT_ROLE, CONTACT_EMAIL, CONTACT_PHONE,
  /** The collection of openings (our partial tasks) inside a company record. */
  OPENINGS, OPENING_ID, OPENING_TITLE, OPENING_DESCRIPTION, OPENING_OCCUPATION_CODE,
  OPENING_HOURS_MIN, OPENING_HOURS_MAX, OPENING_CAPACITY, OPENING_PAID_HOURS;

  /** The configuration key, e.g. {@code municipality-code}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static CrmField ofKey(String key) {
    return valueOf(key.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}

package dk.jobmatch.crm.mapping;

import java.util.List;

/**
 * A company as a CRM describes it, in our terms, checked: valid CVR, a name, known codes.
 * {@code latitude}/{@code longitude} may be null when the CRM has no coordinates (the service then
 * uses the municipality's main town). An inactive company is kept here but leaves the match index.
 */
public record CrmCompany(
    String externalId,
    String version,
    boolean active,
    String cvr,
    String name,
    String address,
    String municipalityCode,
    Double latitude,
    Double longitude,
    String industryCode,
    List<Contact> contacts,
    List<Opening> openings) {

  public CrmCompany {
    contacts = List.copyOf(contacts);
    openings = List.copyOf(openings);
  }

  /** A contact person (kontaktperson) at the company. */
  public record Contact(String name, String role, String email, String phone) {}

  /** An opening in the CRM, which becomes a partial task (delfunktion). */
  public record Opening(String externalId, String title, String description, String occupationCode,
      int weeklyHoursMin, int weeklyHoursMax, int capacity, boolean eligibleForPaidHours) {}
}

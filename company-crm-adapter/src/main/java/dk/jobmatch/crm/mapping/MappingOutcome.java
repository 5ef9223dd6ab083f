package dk.jobmatch.crm.mapping;

/** What became of one CRM record. */
public sealed interface MappingOutcome {

  /** The record's id in the CRM, or null when even that was missing. */
  String externalId();

  /** A company to store (active or deactivated). */
  record Mapped(CrmCompany company) implements MappingOutcome {
    @Override
    public String externalId() {
      return company.externalId();
    }
  }

  /** The CRM says the company was deleted: deactivate it here. */
  record Removed(String externalId) implements MappingOutcome {}

  /** The record cannot be used; it goes to quarantine with {@code reason}. */
  record Unmappable(String externalId, String reason) implements MappingOutcome {}
}

package dk.jobmatch.crm.sync;

/** The store cannot take a mapped company (e.g. its CVR number belongs to another company here): it goes to quarantine. */
public class CompanyRejected extends RuntimeException {
  public CompanyRejected(String reason) {
    super(reason, null, false, false);
  }
}

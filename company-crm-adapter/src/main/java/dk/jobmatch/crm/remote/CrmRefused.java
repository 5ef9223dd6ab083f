package dk.jobmatch.crm.remote;

/** The CRM refused the request (4xx other than 401, 408, 429): not retried, not a sign the CRM is down. */
public class CrmRefused extends RuntimeException {
  private final int status;

  public CrmRefused(String message, int status) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}

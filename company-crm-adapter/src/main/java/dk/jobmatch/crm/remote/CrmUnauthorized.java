package dk.jobmatch.crm.remote;

/** 401 from the CRM: the access token expired or was revoked; retried once a new token is fetched. */
public class CrmUnauthorized extends CrmUnavailable {
  public CrmUnauthorized(String message) {
    super(message, 401, null, null);
  }
}

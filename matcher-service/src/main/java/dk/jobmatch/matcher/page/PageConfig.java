package dk.jobmatch.matcher.page;

import java.util.List;
import java.util.Map;

/**
 * What the page needs before its first API call: how to sign in ({@code development} on the embedded
 * default, {@code openid-connect} with issuer and client id in production), the job centres by
 * municipality code, and the Danish labels of needs, demands, accommodations, wishes and occupations.
 */
record PageConfig(
    String signIn,
    String issuer,
    String clientId,
    String scope,
    List<JobCentre> jobCentres,
    Map<String, Map<String, String>> labels) {

  static final String DEVELOPMENT = "development";
  static final String OPENID_CONNECT = "openid-connect";

  /**
   * A job centre is its municipality's: {@code code} the municipality code, {@code lat}/{@code lon}
   * the municipality's centre, where the page places a citizen's home by municipality, and a company
   * being registered until its exact location is given.
   */
  record JobCentre(String code, String name, double lat, double lon) {}
}
